import Foundation

/// Finds a key that appears twice in one JSON object, by scanning the bytes.
///
/// RFC 8259 §4 leaves duplicate names to the parser, and parsers disagree on which value wins (the first, the
/// last, an error), so a body with one means different things to the merchant's tools and to the gateway. It is
/// refused naming the key, instead of one of its values being used silently.
enum JSONDuplicateKeys {
    /// One open object or array, with the path that names it (`order.goods[0]`).
    private struct Frame {
        var path: String
        var isObject: Bool
        /// Keys seen so far in an object, as decoded text (`"a\u0062"` and `"ab"` are one key).
        var keys: Set<String> = []
        /// In an object: the next string is a key. In an array: unused.
        var expectingKey = true
        var lastKey = ""
        /// In an array: the index of the element being read.
        var index = 0

        func childPath() -> String {
            if isObject { return path.isEmpty ? lastKey : "\(path).\(lastKey)" }
            return "\(path)[\(index)]"
        }
    }

    /// The path of the first key repeated within its object (`order.buyer.buyerEmail`), or nil. Malformed text
    /// is left for the decoder to report.
    static func first(in data: Data) -> String? {
        let bytes = Array(data)
        var stack: [Frame] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let path = stack.last?.childPath() ?? ""
                stack.append(Frame(path: path, isObject: byte == UInt8(ascii: "{")))
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if stack.popLast() == nil { return nil }
                index += 1
            case UInt8(ascii: ","):
                if let last = stack.indices.last {
                    if stack[last].isObject { stack[last].expectingKey = true } else { stack[last].index += 1 }
                }
                index += 1
            case UInt8(ascii: "\""):
                guard let end = closingQuote(in: bytes, from: index) else { return nil }
                if let last = stack.indices.last, stack[last].isObject, stack[last].expectingKey {
                    guard let key = decode(bytes[index...end]) else { return nil }
                    stack[last].lastKey = key
                    stack[last].expectingKey = false
                    if !stack[last].keys.insert(key).inserted { return stack[last].childPath() }
                }
                index = end + 1
            default:
                index += 1
            }
        }
        return nil
    }

    /// The index of the quote that closes the string opened at `start`, escapes skipped.
    private static func closingQuote(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index
            default: index += 1
            }
        }
        return nil
    }

    /// A quoted key as text: bytes as they are without escapes, else JSON's own decoding of the string.
    private static func decode(_ quoted: ArraySlice<UInt8>) -> String? {
        let inner = quoted.dropFirst().dropLast()
        guard inner.contains(UInt8(ascii: "\\")) else { return String(decoding: inner, as: UTF8.self) }
        return try? JSONDecoder().decode(String.self, from: Data(quoted))
    }
}
