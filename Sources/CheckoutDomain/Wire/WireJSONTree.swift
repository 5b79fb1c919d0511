import Foundation

/// A JSON value as `WireJSONEncoder` builds it: scalars already in their written form, containers by reference so
/// that a container handed out earlier can still be filled.
enum WireJSONNode {
    case string(String)
    /// A number as written (`12`, `0.5`, `1e+16`).
    case number(String)
    case bool(Bool)
    case null
    case object(WireJSONObject)
    case array(WireJSONArray)
    /// A `superEncoder()`'s value, known once its encoder has been used.
    case deferred(WireJSONEncoder)
}

/// An object's members in the order they were encoded; `WireJSONWriter` sorts them.
final class WireJSONObject {
    var members: [(key: String, value: WireJSONNode)] = []
}

/// An array's elements in order.
final class WireJSONArray {
    var elements: [WireJSONNode] = []
}

/// Writes a `WireJSONNode` as `JSONEncoder` writes with `.sortedKeys` and `.withoutEscapingSlashes`: keys in UTF-8
/// byte order (a repeated key keeps its last value, as a dictionary would), no spaces, the same escapes.
struct WireJSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ node: WireJSONNode) {
        switch node {
        case .string(let string): write(string: string)
        case .number(let number): bytes.append(contentsOf: number.utf8)
        case .bool(let value): write(bool: value)
        case .null: writeNull()
        case .object(let object): write(members: object.members)
        case .array(let array):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in array.elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case .deferred(let encoder): write(encoder.value ?? .object(WireJSONObject()))
        }
    }

    private mutating func write(members: [(key: String, value: WireJSONNode)]) {
        bytes.append(UInt8(ascii: "{"))
        if Self.strictlyAscending(members) {
            for index in members.indices { writeMember(members[index], first: index == 0) }
        } else {
            for (position, index) in WireKeyOrder.positions(of: members.map(\.key)).enumerated() {
                writeMember(members[index], first: position == 0)
            }
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// The bytes written so far.
    var count: Int { bytes.count }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Text written as it is (a number's digits, `{}`).
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(_ slice: ArraySlice<UInt8>) {
        bytes.append(contentsOf: slice)
    }

    mutating func write(bool: Bool) {
        bytes.append(contentsOf: bool ? Self.trueBytes : Self.falseBytes)
    }

    mutating func writeNull() {
        bytes.append(contentsOf: Self.nullBytes)
    }

    /// Takes away the bytes from `offset` on, giving them.
    mutating func cut(from offset: Int) -> [UInt8] {
        defer { bytes.removeSubrange(offset...) }
        return Array(bytes[offset...])
    }

    private mutating func writeMember(_ member: (key: String, value: WireJSONNode), first: Bool) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        write(string: member.key)
        bytes.append(UInt8(ascii: ":"))
        write(member.value)
    }

    /// Whether the keys are already in order with none repeated, as most synthesized encoders leave them.
    private static func strictlyAscending(_ members: [(key: String, value: WireJSONNode)]) -> Bool {
        var index = 1
        while index < members.count {
            guard compare(members[index - 1].key, members[index].key) < 0 else { return false }
            index += 1
        }
        return true
    }

    /// The order of two keys' UTF-8 bytes (negative, zero or positive), compared in place.
    static func compare(_ left: String, _ right: String) -> Int {
        var (left, right) = (left, right)
        return left.withUTF8 { a in
            right.withUTF8 { b in
                let common = min(a.count, b.count)
                if common > 0, let x = a.baseAddress, let y = b.baseAddress {
                    let order = memcmp(x, y, common)
                    if order != 0 { return Int(order) }
                }
                return a.count - b.count
            }
        }
    }

    /// A string with `JSONEncoder`'s escapes: quote, backslash, `\b \f \n \r \t`, other controls as `\u00xx`;
    /// everything else, slashes and non-ASCII included, as it is.
    mutating func write(string: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = string
        text.withUTF8 { utf8 in
            var mark = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index]))
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                    bytes.append(Self.hexDigits[Int(byte >> 4)])
                    bytes.append(Self.hexDigits[Int(byte & 0x0F)])
                }
                mark = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let nullBytes = Array("null".utf8)
}
