import Foundation

/// What makes a JSON text unfit to hand to a decoder, found by one scan of its bytes without parsing it.
///
/// - Nesting: decoding the free-form `paymentMethodMetaData` recurses once per level, so a hostile body of
///   thousands of `[` is turned away before any decoder sees it.
/// - A key twice in one object: RFC 8259 §4 leaves it to the parser and parsers disagree on which value wins (the
///   first, the last, an error), so the body would mean different things to the merchant's tools and the gateway.
/// - A comma before `}` or `]`: RFC 8259 §4–5 has none, strict parsers refuse it, but Foundation's decoder on
///   Linux takes it silently, which would hide the merchant's bug until a stricter peer meets it.
///
/// Other malformed text is left for the decoder to report.
public enum JSONTextProblem: Hashable, Sendable {
    case nestedDeeperThan(Int)
    /// The key's path, `order.buyer.buyerEmail`.
    case duplicateKey(path: String)
    /// The path of the object or array the comma closes, `order.goods`; empty for the top level.
    case trailingComma(path: String)

    /// What a PARAM_ILLEGAL answer says: the place and the rule.
    public var message: String {
        switch self {
        case .nestedDeeperThan(let limit):
            "the request body nests arrays and objects deeper than \(limit) levels"
        case .duplicateKey(let path):
            "\(path) appears twice in one object; JSON parsers disagree on which value wins, so send each key once"
        case .trailingComma(let path):
            "\(path.isEmpty ? "the top-level object" : path) ends with a comma before its closing bracket; "
                + "JSON (RFC 8259) has no trailing commas, so remove it"
        }
    }

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

    /// The first problem in `data`, in text order, or nil.
    public static func first(in data: Data, maximumDepth: Int) -> JSONTextProblem? {
        let bytes = Array(data)
        var stack: [Frame] = []
        var index = 0
        // A comma seen, and no value after it yet.
        var openComma = false
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                index += 1
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if stack.count == maximumDepth { return .nestedDeeperThan(maximumDepth) }
                let path = stack.last?.childPath() ?? ""
                stack.append(Frame(path: path, isObject: byte == UInt8(ascii: "{")))
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard let closed = stack.popLast() else { return nil }
                if openComma { return .trailingComma(path: closed.path) }
                index += 1
            case UInt8(ascii: ","):
                if let last = stack.indices.last {
                    if stack[last].isObject { stack[last].expectingKey = true } else { stack[last].index += 1 }
                }
                index += 1
                openComma = true
                continue
            case UInt8(ascii: "\""):
                guard let end = closingQuote(in: bytes, from: index) else { return nil }
                if let last = stack.indices.last, stack[last].isObject, stack[last].expectingKey {
                    guard let key = decode(bytes[index...end]) else { return nil }
                    stack[last].lastKey = key
                    stack[last].expectingKey = false
                    if !stack[last].keys.insert(key).inserted { return .duplicateKey(path: stack[last].childPath()) }
                }
                index = end + 1
            default:
                index += 1
            }
            openComma = false
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
