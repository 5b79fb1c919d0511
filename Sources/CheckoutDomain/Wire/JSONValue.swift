import Foundation

/// Any JSON value, for the free-form maps Antom leaves open (`paymentMethodMetaData`).
public enum JSONValue: Codable, Hashable, Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case object([String: JSONValue])
    case array([JSONValue])
    case null

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value):
            // Whole numbers go out without a fraction so that "12" does not become "12.0".
            if value.rounded() == value, abs(value) < 1e15 { try container.encode(Int64(value)) } else { try container.encode(value) }
        case .bool(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }

    /// The value as text the way Antom's string-typed fields read it (`true`, `12`, the string itself).
    public var text: String? {
        switch self {
        case .string(let value): value
        // `Int64(exactly:)`: a whole number past Int64 (`1e20` in a request) must not trap the server.
        case .number(let value): Int64(exactly: value).map(String.init) ?? String(value)
        case .bool(let value): value ? "true" : "false"
        case .object, .array, .null: nil
        }
    }

    /// The value as a boolean, accepting `true`/`"true"` in any letter case.
    public var flag: Bool? {
        switch self {
        case .bool(let value): value
        case .string(let value): Bool(value.lowercased())
        default: nil
        }
    }

    /// The nested object, if this is one.
    public var object: [String: JSONValue]? {
        if case .object(let value) = self { value } else { nil }
    }
}
