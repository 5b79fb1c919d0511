import CheckoutDomain

/// A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) for the document `serve` publishes: only the few
/// shapes Antom's bodies and the simulator's use. Objects stay open (`additionalProperties` is left out), since
/// Antom adds fields over time and a merchant must ignore the ones it does not know.
indirect enum JSONSchema: Sendable {
    case string(format: String? = nil, values: [String] = [], description: String? = nil)
    case integer(description: String? = nil)
    case number(description: String? = nil)
    case boolean(description: String? = nil)
    case array(JSONSchema)
    case object([(String, JSONSchema)], required: [String] = [], description: String? = nil)
    /// An object whose values are all of one schema (`paymentMethodMetaData`'s free-form map).
    case map(JSONSchema)
    /// Any JSON value.
    case any(description: String? = nil)
    /// `#/components/schemas/<name>`.
    case ref(String)
    /// Exactly one of these.
    case oneOf([JSONSchema])

    static let text = JSONSchema.string()
    /// ISO 8601 with an offset, as Antom writes times.
    static let dateTime = JSONSchema.string(format: "date-time")
    static let uri = JSONSchema.string(format: "uri")

    var json: JSONValue {
        switch self {
        case .string(let format, let values, let description):
            var object: [String: JSONValue] = ["type": .string("string")]
            if let format { object["format"] = .string(format) }
            if !values.isEmpty { object["enum"] = .array(values.map(JSONValue.string)) }
            return Self.described(object, description)
        case .integer(let description): return Self.described(["type": .string("integer")], description)
        case .number(let description): return Self.described(["type": .string("number")], description)
        case .boolean(let description): return Self.described(["type": .string("boolean")], description)
        case .array(let items): return .object(["type": .string("array"), "items": items.json])
        case .object(let properties, let required, let description):
            var object: [String: JSONValue] = [
                "type": .string("object"),
                "properties": .object(Dictionary(properties.map { ($0.0, $0.1.json) }, uniquingKeysWith: { first, _ in first })),
            ]
            if !required.isEmpty { object["required"] = .array(required.map(JSONValue.string)) }
            return Self.described(object, description)
        case .map(let values): return .object(["type": .string("object"), "additionalProperties": values.json])
        case .any(let description): return Self.described([:], description)
        case .ref(let name): return .object(["$ref": .string("#/components/schemas/\(name)")])
        case .oneOf(let schemas): return .object(["oneOf": .array(schemas.map(\.json))])
        }
    }

    private static func described(_ object: [String: JSONValue], _ description: String?) -> JSONValue {
        var object = object
        if let description { object["description"] = .string(description) }
        return .object(object)
    }
}
