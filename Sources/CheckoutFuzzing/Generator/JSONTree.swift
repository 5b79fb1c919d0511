import CheckoutDomain
import Foundation

/// JSON as the generator edits it: numbers kept as literal text (so `1e999` or 400 digits can be written), and
/// object members as an ordered list (so duplicate keys can be written).
public indirect enum JSONTree: Hashable, Sendable {
    case string(String)
    /// The literal as it appears in the text, valid JSON or not.
    case number(String)
    case bool(Bool)
    case null
    case array([JSONTree])
    case object([Member])

    /// One `"key": value` pair.
    public struct Member: Hashable, Sendable {
        public var key: String
        public var value: JSONTree

        public init(_ key: String, _ value: JSONTree) {
            self.key = key
            self.value = value
        }
    }

    /// The tree of an encodable value, as `WireCoding` writes it (keys sorted).
    public init<T: Encodable>(encoding value: T) {
        let data = WireCoding.encode(value)
        guard let parsed = try? WireCoding.decode(JSONValue.self, from: data) else {
            preconditionFailure("WireCoding wrote JSON it cannot read back")
        }
        self.init(parsed)
    }

    public init(_ value: JSONValue) {
        switch value {
        case .string(let text): self = .string(text)
        case .number(let number): self = .number(JSONTree.literal(number))
        case .bool(let flag): self = .bool(flag)
        case .null: self = .null
        case .array(let items): self = .array(items.map(JSONTree.init))
        case .object(let members):
            self = .object(members.sorted { $0.key < $1.key }.map { Member($0.key, JSONTree($0.value)) })
        }
    }

    /// The text, compact, with strings escaped as JSON requires.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public var bytes: [UInt8] {
        var out: [UInt8] = []
        write(into: &out)
        return out
    }

    private func write(into out: inout [UInt8]) {
        switch self {
        case .string(let value): JSONTree.quote(value, into: &out)
        case .number(let literal): out += literal.utf8
        case .bool(let flag): out += (flag ? "true" : "false").utf8
        case .null: out += "null".utf8
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONTree.quote(member.key, into: &out)
                out.append(UInt8(ascii: ":"))
                member.value.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func literal(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private static func quote(_ value: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\n"): out += "\\n".utf8
            case UInt8(ascii: "\r"): out += "\\r".utf8
            case UInt8(ascii: "\t"): out += "\\t".utf8
            case 0..<0x20: out += "\\u00".utf8 + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
