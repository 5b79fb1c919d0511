import Foundation

/// Decodes scalars that Antom's documents type as strings but its SDKs send as JSON booleans or numbers.
extension KeyedDecodingContainer {
    /// Reads `true`, `"true"` or `"TRUE"` (and the same for false).
    public func decodeFlexibleIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(Bool.self, forKey: key) { return value }
        if let text = try? decode(String.self, forKey: key), let value = Bool(text.lowercased()) { return value }
        throw DecodingError.typeMismatch(
            Bool.self,
            .init(codingPath: codingPath + [key], debugDescription: "expected true or false"))
    }

    /// Reads `"24"` or `24`: fields the SDK models type as strings that the seeds print as JSON numbers
    /// (seed 001's `env.colorDepth`, `screenHeight`, `screenWidth`). A number is kept as the text it was sent as.
    public func decodeFlexibleIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(String.self, forKey: key) { return value }
        if let value = try? decode(Int64.self, forKey: key) { return String(value) }
        if let value = try? decode(Double.self, forKey: key), value.isFinite { return String(value) }
        throw DecodingError.typeMismatch(
            String.self,
            .init(codingPath: codingPath + [key], debugDescription: "expected a string or a number"))
    }

    /// Reads `3` or `"3"`.
    public func decodeFlexibleIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(Int.self, forKey: key) { return value }
        if let text = try? decode(String.self, forKey: key),
            let value = Int(text.trimmingCharacters(in: .whitespaces))
        {
            return value
        }
        throw DecodingError.typeMismatch(
            Int.self,
            .init(codingPath: codingPath + [key], debugDescription: "expected a whole number"))
    }
}
