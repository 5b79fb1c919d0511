import Synchronization

/// A cell's grapheme in twelve bytes of plain memory: up to 11 UTF-8 bytes inline, so a screen of cells is
/// copied, compared and freed without reference counting (that was a third of a frame's cost). The rare longer
/// grapheme (an emoji sequence with joiners) is interned and the cell keeps its number. Twelve, not sixteen, so
/// that a cell with its style is sixteen bytes: a 200×60 screen that each frame fills and compares is a third
/// smaller.
struct CellText: Hashable, Sendable {
    /// Bytes 0–10: UTF-8; byte 11: the byte count, or `interned` with the table index in `words.0`.
    private var words: (UInt64, UInt32) = (0, 0)

    /// The most UTF-8 bytes kept inline; the byte after them holds the count.
    private static let inlineCapacity = 11

    private static let interned: UInt8 = 0xFF
    private static let table = Mutex<(strings: [String], indices: [String: UInt64])>(([], [:]))

    init(_ text: String) {
        let count = text.utf8.count
        guard count <= Self.inlineCapacity else {
            let index = Self.table.withLock { table in
                if let known = table.indices[text] { return known }
                let index = UInt64(table.strings.count)
                table.strings.append(text)
                table.indices[text] = index
                return index
            }
            words.0 = index
            withUnsafeMutableBytes(of: &words) { $0[Self.inlineCapacity] = Self.interned }
            return
        }
        var contiguous = text
        withUnsafeMutableBytes(of: &words) { raw in
            contiguous.withUTF8 { raw.copyMemory(from: UnsafeRawBufferPointer($0)) }
            raw[Self.inlineCapacity] = UInt8(count)
        }
    }

    /// One scalar's UTF-8 (at most four bytes, so always inline).
    init(_ scalar: Unicode.Scalar) {
        withUnsafeMutableBytes(of: &words) { raw in
            var count = 0
            for byte in scalar.utf8 {
                raw[count] = byte
                count += 1
            }
            raw[Self.inlineCapacity] = UInt8(count)
        }
    }

    var isEmpty: Bool { withUnsafeBytes(of: words) { $0[Self.inlineCapacity] == 0 } }

    /// The scalar, when the text is exactly one Unicode scalar (a box-drawing line, a bullet, a CJK character), read
    /// from the inline bytes without making a string.
    var singleScalar: Unicode.Scalar? {
        withUnsafeBytes(of: words) { raw in
            let count = Int(raw[Self.inlineCapacity])
            guard (1...4).contains(count) else { return nil }
            var decoder = UTF8()
            var bytes = UnsafeRawBufferPointer(rebasing: raw[0..<count]).makeIterator()
            // The decoder may read ahead into its own buffer, so the end is asked of it, not of the bytes.
            guard case .scalarValue(let scalar) = decoder.decode(&bytes), case .emptyInput = decoder.decode(&bytes)
            else { return nil }
            return scalar
        }
    }

    /// The byte, when the text is one printable ASCII character (most of a screen), read without making a string.
    var printableASCII: UInt8? {
        withUnsafeBytes(of: words) { raw in
            raw[Self.inlineCapacity] == 1 && (0x20...0x7E).contains(raw[0]) ? raw[0] : nil
        }
    }

    var string: String {
        withUnsafeBytes(of: words) { raw in
            let count = raw[Self.inlineCapacity]
            guard count != Self.interned else {
                let index = Int(words.0)
                return Self.table.withLock { $0.strings[index] }
            }
            return String(decoding: UnsafeRawBufferPointer(rebasing: raw[0..<Int(count)]), as: UTF8.self)
        }
    }

    static func == (lhs: CellText, rhs: CellText) -> Bool {
        lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
    }
}
