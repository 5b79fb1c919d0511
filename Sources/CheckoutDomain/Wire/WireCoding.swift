import Foundation

/// The one JSON configuration for Antom bodies: stable bytes out, lenient values in.
public enum WireCoding {
    /// Keys sorted and slashes unescaped, so the same value always encodes to the same bytes: `JSONEncoder`'s
    /// bytes with `.sortedKeys` and `.withoutEscapingSlashes`, written by `WireJSONEncoder` (docs/DECISIONS.md).
    public static func encode<T: Encodable>(_ value: T) -> Data {
        do {
            return Data(copying: try WireJSONEncoder.encode(value))
        } catch {
            // Every wire type is a tree of strings, numbers and booleans; encoding one cannot fail.
            preconditionFailure("wire value failed to encode: \(error)")
        }
    }

    /// The same as `encode`, as text.
    public static func encodeString<T: Encodable>(_ value: T) -> String {
        String(decoding: encode(value), as: UTF8.self)
    }

    /// Decodes a body, turning Foundation's error into one that names the field (`order.goods[0].goodsQuantity`).
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws(WireDecodingError) -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw WireDecodingError(error)
        } catch {
            throw WireDecodingError(field: nil, problem: "the body is not valid JSON")
        }
    }
}

/// A body that could not be read, with the field at fault (Antom answers these with PARAM_ILLEGAL).
public struct WireDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The dotted path of the field, such as `order.goods[0].goodsQuantity`; nil when the body as a whole is wrong.
    public var field: String?
    public var problem: String

    public init(field: String?, problem: String) {
        self.field = field
        self.problem = problem
    }

    init(_ error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            self.init(field: Self.path(context.codingPath + [key]), problem: "is required")
        case .typeMismatch(let type, let context):
            self.init(field: Self.path(context.codingPath), problem: Self.expectation(type, context))
        case .valueNotFound(let type, let context):
            self.init(field: Self.path(context.codingPath), problem: Self.expectation(type, context))
        case .dataCorrupted(let context):
            let field = Self.path(context.codingPath)
            self.init(
                field: field, problem: field == nil ? "the body is not valid JSON" : context.debugDescription)
        @unknown default:
            self.init(field: nil, problem: "the body cannot be read")
        }
    }

    public var description: String {
        guard let field else { return problem }
        return "\(field) \(problem)"
    }

    private static func expectation(_ type: Any.Type, _ context: DecodingError.Context) -> String {
        if context.debugDescription.hasPrefix("expected") { return "has the wrong type: \(context.debugDescription)" }
        switch type {
        case is String.Type: return "has the wrong type: expected a string"
        case is Bool.Type: return "has the wrong type: expected true or false"
        case is Int.Type, is Double.Type: return "has the wrong type: expected a number"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "has the wrong type: expected an array" }
            return "has the wrong type: expected an object"
        }
    }

    /// `order.goods[0].goodsQuantity`; nil for the document itself.
    static func path(_ keys: [any CodingKey]) -> String? {
        guard !keys.isEmpty else { return nil }
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }
}
