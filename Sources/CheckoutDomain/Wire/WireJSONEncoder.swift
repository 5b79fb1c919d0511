import Foundation

/// Encodes a value to the bytes `JSONEncoder` gives with `.sortedKeys` and `.withoutEscapingSlashes`, at a fraction
/// of its cost.
///
/// Foundation's encoder casts every value it meets to `Date`, `URL`, `Decimal`, `Data` and a dictionary marker (a
/// runtime conformance lookup each) and sends every optional string through its generic path; this one compares
/// types, which is a pointer comparison, and takes strings, numbers and booleans directly. Its defaults are
/// Foundation's: dates as `deferredToDate`, data as base64, URLs as their absolute string, decimals as numbers,
/// non-finite floats refused. `WireJSONEncoderTests` holds it to `JSONEncoder`'s bytes.
final class WireJSONEncoder: Encoder {
    /// The path of the value being encoded; a container adds its own keys while it encodes a child.
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// What the value being encoded has asked for so far.
    fileprivate(set) var value: WireJSONNode?

    /// `value` as JSON bytes: streamed (`WireJSONStream`) unless it uses a container a stream cannot place.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        if let bytes = try WireJSONStream.encode(value) { return bytes }
        let encoder = WireJSONEncoder()
        guard let node = try encoder.node(for: value, under: [], key: nil) else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
        }
        var writer = WireJSONWriter(capacity: 1024)
        writer.write(node)
        return writer.bytes
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(WireKeyedContainer<Key>(encoder: self, object: object(), path: []))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        WireUnkeyedContainer(encoder: self, array: array(), path: [])
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        WireSingleValueContainer(encoder: self)
    }

    /// The object this value encodes to; asking twice gives the same one, as `JSONEncoder` does.
    private func object() -> WireJSONObject {
        if case .object(let object) = value { return object }
        let object = WireJSONObject()
        value = .object(object)
        return object
    }

    private func array() -> WireJSONArray {
        if case .array(let array) = value { return array }
        let array = WireJSONArray()
        value = .array(array)
        return array
    }

    fileprivate func set(_ node: WireJSONNode) {
        value = node
    }

    /// `child` encoded with `path` (a nested container's keys, usually none) and `key` added to the coding path;
    /// nil when it encoded nothing.
    fileprivate func node<T: Encodable>(
        for child: T, under path: [any CodingKey], key: (any CodingKey)?
    ) throws -> WireJSONNode? {
        if let scalar = Self.scalar(child) { return scalar }
        let outer = value
        value = nil
        if !path.isEmpty { codingPath.append(contentsOf: path) }
        if let key { codingPath.append(key) }
        defer {
            codingPath.removeLast(path.count + (key == nil ? 0 : 1))
            value = outer
        }
        try child.encode(to: self)
        return value
    }

    /// `child` written directly, as `JSONEncoder` writes these types, when it is a string, an integer, a boolean, a URL,
    /// a decimal or data; nil for a value that encodes itself. Types are compared, which is a pointer comparison.
    static func scalar<T: Encodable>(_ child: T) -> WireJSONNode? {
        if T.self == String.self { return .string(unsafeBitCast(child, to: String.self)) }
        if T.self == Int.self { return .number(String(unsafeBitCast(child, to: Int.self))) }
        if T.self == Bool.self { return .bool(unsafeBitCast(child, to: Bool.self)) }
        if T.self == URL.self, let url = child as? URL { return .string(url.absoluteString) }
        if T.self == Decimal.self, let decimal = child as? Decimal { return .number(decimal.description) }
        if T.self == Data.self, let data = child as? Data { return .string(data.base64EncodedString()) }
        return nil
    }

    /// A child's node inside a container, where a child that encoded nothing is an empty object.
    fileprivate func member<T: Encodable>(
        _ child: T, under path: [any CodingKey], key: (any CodingKey)?
    ) throws -> WireJSONNode {
        try node(for: child, under: path, key: key) ?? .object(WireJSONObject())
    }

    /// A finite float as `JSONEncoder` writes it (`1.5`, `100`, `1e-07`); anything else is refused, naming `path`.
    static func numberText<F: BinaryFloatingPoint & CustomStringConvertible>(
        _ float: F, at path: [any CodingKey]
    ) throws -> String {
        guard float.isFinite else {
            throw EncodingError.invalidValue(
                float, .init(codingPath: path, debugDescription: "Unable to encode \(F.self).\(float) directly in JSON."))
        }
        var text = float.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

/// A key for an array element's place in the coding path, or `super`.
struct WireIndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
    }

    init(intValue: Int) {
        stringValue = "Index \(intValue)"
        self.intValue = intValue
    }

    static let superKey = WireIndexKey(stringValue: "super")
}

/// Fills one object.
private struct WireKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: WireJSONEncoder
    let object: WireJSONObject
    /// Keys between the encoder's path and this container (a nested container's).
    let path: [any CodingKey]

    var codingPath: [any CodingKey] { encoder.codingPath + path }

    private func put(_ node: WireJSONNode, _ key: Key) {
        object.members.append((key.stringValue, node))
    }

    mutating func encodeNil(forKey key: Key) { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        put(.number(try WireJSONEncoder.numberText(value, at: codingPath + [key])), key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        put(.number(try WireJSONEncoder.numberText(value, at: codingPath + [key])), key)
    }
    mutating func encode(_ value: Int, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) { put(.number(String(value)), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        put(try encoder.member(value, under: path, key: key), key)
    }

    // The optional forms are spelled out so that an absent or present string skips the generic path.
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) { if let value { put(.string(value), key) } }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) { if let value { put(.bool(value), key) } }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) { if let value { encode(value, forKey: key) } }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = WireJSONObject()
        put(.object(nested), key)
        return KeyedEncodingContainer(WireKeyedContainer<NestedKey>(encoder: encoder, object: nested, path: path + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = WireJSONArray()
        put(.array(nested), key)
        return WireUnkeyedContainer(encoder: encoder, array: nested, path: path + [key])
    }

    mutating func superEncoder() -> any Encoder {
        superEncoder(named: WireIndexKey.superKey.stringValue, at: WireIndexKey.superKey)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        superEncoder(named: key.stringValue, at: key)
    }

    private func superEncoder(named name: String, at key: any CodingKey) -> any Encoder {
        let deferred = WireJSONEncoder()
        deferred.codingPath = codingPath + [key]
        object.members.append((name, .deferred(deferred)))
        return deferred
    }
}

/// Fills one array.
private struct WireUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: WireJSONEncoder
    let array: WireJSONArray
    let path: [any CodingKey]

    var codingPath: [any CodingKey] { encoder.codingPath + path }
    var count: Int { array.elements.count }

    private var nextKey: WireIndexKey { WireIndexKey(intValue: count) }

    mutating func encodeNil() { array.elements.append(.null) }
    mutating func encode(_ value: Bool) { array.elements.append(.bool(value)) }
    mutating func encode(_ value: String) { array.elements.append(.string(value)) }
    mutating func encode(_ value: Double) throws {
        array.elements.append(.number(try WireJSONEncoder.numberText(value, at: codingPath + [nextKey])))
    }
    mutating func encode(_ value: Float) throws {
        array.elements.append(.number(try WireJSONEncoder.numberText(value, at: codingPath + [nextKey])))
    }
    mutating func encode(_ value: Int) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: Int8) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: Int16) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: Int32) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: Int64) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt8) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt16) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt32) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt64) { array.elements.append(.number(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        array.elements.append(try encoder.member(value, under: path, key: nextKey))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = WireJSONObject()
        let key = nextKey
        array.elements.append(.object(nested))
        return KeyedEncodingContainer(WireKeyedContainer<NestedKey>(encoder: encoder, object: nested, path: path + [key]))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = WireJSONArray()
        let key = nextKey
        array.elements.append(.array(nested))
        return WireUnkeyedContainer(encoder: encoder, array: nested, path: path + [key])
    }

    mutating func superEncoder() -> any Encoder {
        let deferred = WireJSONEncoder()
        deferred.codingPath = codingPath + [nextKey]
        array.elements.append(.deferred(deferred))
        return deferred
    }
}

/// Sets the value itself.
private struct WireSingleValueContainer: SingleValueEncodingContainer {
    let encoder: WireJSONEncoder

    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() { encoder.set(.null) }
    mutating func encode(_ value: Bool) { encoder.set(.bool(value)) }
    mutating func encode(_ value: String) { encoder.set(.string(value)) }
    mutating func encode(_ value: Double) throws { encoder.set(.number(try WireJSONEncoder.numberText(value, at: codingPath))) }
    mutating func encode(_ value: Float) throws { encoder.set(.number(try WireJSONEncoder.numberText(value, at: codingPath))) }
    mutating func encode(_ value: Int) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Int8) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Int16) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Int32) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Int64) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt8) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt16) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt32) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt64) { encoder.set(.number(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.set(try encoder.member(value, under: [], key: nil))
    }
}
