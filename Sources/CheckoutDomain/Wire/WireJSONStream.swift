import Foundation

/// Writes a value's JSON straight into bytes while its `encode(to:)` runs, for values that fill their containers
/// one after another, as every synthesized conformance does: no tree of nodes, no second walk. An object's members
/// are written as they come and put in key order when the object ends, and only when they came out of order.
///
/// A value that asks for what a stream cannot place — a nested container, a super encoder, a container written
/// after its value ended, containers of two kinds — makes `encode` answer nil, and `WireJSONEncoder` encodes it
/// again through its tree; such a value's `encode(to:)` then runs twice. The bytes are the tree's either way
/// (`WireJSONEncoderTests`).
final class WireJSONStream: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    // Only this stream and its containers touch these, one call at a time, so the run-time exclusivity checks a
    // class's stored properties get (a quarter of the stream's cost under callgrind) are left out.
    @exclusivity(unchecked) fileprivate var writer = WireJSONWriter(capacity: 1024)
    /// The values being written, innermost last.
    @exclusivity(unchecked) private var levels: [Level] = []
    /// The members of the objects still open, each object's from its level's `firstMember`.
    @exclusivity(unchecked) private var members: [Member] = []
    private var lastLevelID = 0
    /// Set when the value asked for something a stream cannot place; the rest of its writes are skipped.
    fileprivate private(set) var unplaceable = false

    private init() {
        // Room for the depth and the open members of every wire type, so neither grows while it writes.
        levels.reserveCapacity(16)
        members.reserveCapacity(64)
    }

    /// `value` as JSON bytes, or nil when it must go through `WireJSONEncoder`'s tree.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8]? {
        let stream = WireJSONStream()
        let wrote = try stream.write(value, key: nil)
        guard !stream.unplaceable else { return nil }
        guard wrote else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
        }
        return stream.writer.bytes
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(WireStreamKeyedContainer<Key>(stream: self, level: open(.object)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        WireStreamUnkeyedContainer(stream: self, level: open(.array))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        WireStreamSingleValueContainer(stream: self, level: levels.last?.id ?? Self.nowhere)
    }

    /// Writes `child` at the end of the bytes, with `key` added to the coding path; false when it wrote nothing.
    fileprivate func write<T: Encodable>(_ child: T, key: (any CodingKey)?) throws -> Bool {
        if let scalar = WireJSONEncoder.scalar(child) {
            writer.write(scalar)
            return true
        }
        if let key { codingPath.append(key) }
        defer { if key != nil { codingPath.removeLast() } }
        lastLevelID += 1
        levels.append(Level(id: lastLevelID, firstMember: members.count))
        try child.encode(to: self)
        let level = levels.removeLast()
        switch level.kind {
        case .empty: return false
        case .object: closeObject(level, of: ObjectIdentifier(T.self))
        case .array: writer.append(UInt8(ascii: "]"))
        case .single: break
        }
        return true
    }

    /// `child` as a member's or an element's value, where a child that wrote nothing is an empty object.
    fileprivate func writeMember<T: Encodable>(_ child: T, key: any CodingKey) throws {
        if try !write(child, key: key) { writer.append("{}") }
    }

    /// Starts the member `key` of the object `level`; false when the member cannot be placed.
    fileprivate func beginMember(_ key: String, in level: Int) -> Bool {
        guard let top = current(level) else { return false }
        if levels[top].count > 0 {
            writer.append(UInt8(ascii: ","))
            if levels[top].ascending, WireJSONWriter.compare(members[members.count - 1].key, key) >= 0 {
                levels[top].ascending = false
            }
        }
        levels[top].count += 1
        members.append(Member(key: key, start: writer.count))
        writer.write(string: key)
        writer.append(UInt8(ascii: ":"))
        return true
    }

    /// Starts the next element of the array `level`, giving its place; nil when it cannot be placed.
    fileprivate func beginElement(in level: Int) -> Int? {
        guard let top = current(level) else { return nil }
        let index = levels[top].count
        if index > 0 { writer.append(UInt8(ascii: ",")) }
        levels[top].count += 1
        return index
    }

    /// Claims the value `level` for a single value; false when it already holds something or cannot be placed.
    fileprivate func beginSingleValue(in level: Int) -> Bool {
        guard let top = current(level), levels[top].kind == .empty else { return markUnplaceable() }
        levels[top].kind = .single
        return true
    }

    /// The number of elements the array `level` holds so far.
    fileprivate func count(of level: Int) -> Int {
        levels.last(where: { $0.id == level })?.count ?? 0
    }

    /// Notes that the value asked for something a stream cannot place.
    @discardableResult
    fileprivate func markUnplaceable() -> Bool {
        unplaceable = true
        return false
    }

    /// The id a container gets when it has nowhere to write.
    fileprivate static let nowhere = -1

    /// Gives the innermost value the container `kind`; a keyed or unkeyed container asked for twice is the same one.
    private func open(_ kind: Level.Kind) -> Int {
        guard !unplaceable, let top = levels.indices.last else {
            markUnplaceable()
            return Self.nowhere
        }
        switch levels[top].kind {
        case .empty:
            levels[top].kind = kind
            writer.append(kind == .object ? UInt8(ascii: "{") : UInt8(ascii: "["))
        case kind: break
        default: markUnplaceable()
        }
        return levels[top].id
    }

    /// The index of `level` when it is the innermost value, the only place a stream can write.
    private func current(_ level: Int) -> Int? {
        guard !unplaceable, let top = levels.indices.last, levels[top].id == level else {
            markUnplaceable()
            return nil
        }
        return top
    }

    /// Ends the object `level`, a `type`, first putting its members in key order if they came out of it.
    private func closeObject(_ level: Level, of type: ObjectIdentifier) {
        defer { members.removeSubrange(level.firstMember...) }
        guard !level.ascending else {
            writer.append(UInt8(ascii: "}"))
            return
        }
        let first = level.firstMember
        let count = members.count - first
        let regionStart = members[first].start
        let region = writer.cut(from: regionStart)
        let positions = WireKeyOrder.positions(for: type, count: count) { members[first + $0].key }
        for (slot, index) in positions.enumerated() {
            let start = members[first + index].start - regionStart
            // A member ends where the next one's comma is, or where the object's bytes end.
            let end = index + 1 < count ? members[first + index + 1].start - regionStart - 1 : region.count
            if slot > 0 { writer.append(UInt8(ascii: ",")) }
            writer.append(region[start..<end])
        }
        writer.append(UInt8(ascii: "}"))
    }
}

/// One value being written.
private struct Level {
    enum Kind { case empty, object, array, single }

    let id: Int
    var kind = Kind.empty
    /// Where the value's members start in `WireJSONStream.members`.
    let firstMember: Int
    /// Members or elements written so far.
    var count = 0
    /// Whether each member's key has come after the one before it.
    var ascending = true

    init(id: Int, firstMember: Int) {
        self.id = id
        self.firstMember = firstMember
    }
}

/// A member of an open object: its key, and where its bytes start (after the comma before it).
private struct Member {
    var key: String
    var start: Int
}

/// Writes the members of one object.
private struct WireStreamKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let stream: WireJSONStream
    let level: Int

    var codingPath: [any CodingKey] { stream.codingPath }

    mutating func encodeNil(forKey key: Key) { if stream.beginMember(key.stringValue, in: level) { stream.writer.writeNull() } }
    mutating func encode(_ value: Bool, forKey key: Key) {
        if stream.beginMember(key.stringValue, in: level) { stream.writer.write(bool: value) }
    }
    mutating func encode(_ value: String, forKey key: Key) {
        if stream.beginMember(key.stringValue, in: level) { stream.writer.write(string: value) }
    }
    mutating func encode(_ value: Double, forKey key: Key) throws { try number(value, key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try number(value, key) }
    mutating func encode(_ value: Int, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) { integer(value, key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if stream.beginMember(key.stringValue, in: level) { try stream.writeMember(value, key: key) }
    }

    // The optional forms are spelled out so that an absent or present string skips the generic path.
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) { if let value { encode(value, forKey: key) } }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) { if let value { encode(value, forKey: key) } }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) { if let value { encode(value, forKey: key) } }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    private func integer<I: BinaryInteger>(_ value: I, _ key: Key) {
        if stream.beginMember(key.stringValue, in: level) { stream.writer.append(String(value)) }
    }

    private func number<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F, _ key: Key) throws {
        let text = try WireJSONEncoder.numberText(value, at: codingPath + [key])
        if stream.beginMember(key.stringValue, in: level) { stream.writer.append(text) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        stream.markUnplaceable()
        return KeyedEncodingContainer(WireStreamKeyedContainer<NestedKey>(stream: stream, level: WireJSONStream.nowhere))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        stream.markUnplaceable()
        return WireStreamUnkeyedContainer(stream: stream, level: WireJSONStream.nowhere)
    }

    mutating func superEncoder() -> any Encoder {
        stream.markUnplaceable()
        return stream
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder() }
}

/// A container that writes one value at a time (an array's next element, or a single value): the scalar forms,
/// given where the value goes.
private protocol WireStreamValueSlot {
    var stream: WireJSONStream { get }
    /// Takes the place of the next value; false when it cannot be placed.
    func claim() -> Bool
    /// The coding path of the next value, for the error that refuses it.
    var nextPath: [any CodingKey] { get }
}

extension WireStreamValueSlot {
    func encodeNil() { if claim() { stream.writer.writeNull() } }
    func encode(_ value: Bool) { if claim() { stream.writer.write(bool: value) } }
    func encode(_ value: String) { if claim() { stream.writer.write(string: value) } }
    func encode(_ value: Double) throws { try number(value) }
    func encode(_ value: Float) throws { try number(value) }
    func encode(_ value: Int) { integer(value) }
    func encode(_ value: Int8) { integer(value) }
    func encode(_ value: Int16) { integer(value) }
    func encode(_ value: Int32) { integer(value) }
    func encode(_ value: Int64) { integer(value) }
    func encode(_ value: UInt) { integer(value) }
    func encode(_ value: UInt8) { integer(value) }
    func encode(_ value: UInt16) { integer(value) }
    func encode(_ value: UInt32) { integer(value) }
    func encode(_ value: UInt64) { integer(value) }

    private func integer<I: BinaryInteger>(_ value: I) {
        if claim() { stream.writer.append(String(value)) }
    }

    private func number<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) throws {
        let text = try WireJSONEncoder.numberText(value, at: nextPath)
        if claim() { stream.writer.append(text) }
    }
}

/// Writes the elements of one array.
private struct WireStreamUnkeyedContainer: UnkeyedEncodingContainer, WireStreamValueSlot {
    let stream: WireJSONStream
    let level: Int

    var codingPath: [any CodingKey] { stream.codingPath }
    var count: Int { stream.count(of: level) }
    var nextPath: [any CodingKey] { codingPath + [WireIndexKey(intValue: count)] }

    func claim() -> Bool { stream.beginElement(in: level) != nil }

    mutating func encode<T: Encodable>(_ value: T) throws {
        if let index = stream.beginElement(in: level) {
            try stream.writeMember(value, key: WireIndexKey(intValue: index))
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        stream.markUnplaceable()
        return KeyedEncodingContainer(WireStreamKeyedContainer<NestedKey>(stream: stream, level: WireJSONStream.nowhere))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        stream.markUnplaceable()
        return WireStreamUnkeyedContainer(stream: stream, level: WireJSONStream.nowhere)
    }

    mutating func superEncoder() -> any Encoder {
        stream.markUnplaceable()
        return stream
    }
}

/// Writes the value itself.
private struct WireStreamSingleValueContainer: SingleValueEncodingContainer, WireStreamValueSlot {
    let stream: WireJSONStream
    let level: Int

    var codingPath: [any CodingKey] { stream.codingPath }
    var nextPath: [any CodingKey] { codingPath }

    func claim() -> Bool { stream.beginSingleValue(in: level) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        guard claim() else { return }
        if try !stream.write(value, key: nil) { stream.writer.append("{}") }
    }
}
