import Synchronization

/// A cell's grapheme in sixteen bytes of plain memory: up to 15 UTF-8 bytes inline, so a screen of cells is
/// copied, compared and freed without reference counting (that was a third of a frame's cost). The rare longer
/// grapheme (a long emoji sequence) is interned and the cell keeps its number.
struct CellText: Hashable, Sendable {
    /// Bytes 0–14: UTF-8; byte 15: the byte count, or `interned` with the table index in `words.0`.
    private var words: (UInt64, UInt64) = (0, 0)

    private static let interned: UInt8 = 0xFF
    private static let table = Mutex<(strings: [String], indices: [String: UInt64])>(([], [:]))

    init(_ text: String) {
        let count = text.utf8.count
        guard count <= 15 else {
            let index = Self.table.withLock { table in
                if let known = table.indices[text] { return known }
                let index = UInt64(table.strings.count)
                table.strings.append(text)
                table.indices[text] = index
                return index
            }
            words.0 = index
            withUnsafeMutableBytes(of: &words) { $0[15] = Self.interned }
            return
        }
        withUnsafeMutableBytes(of: &words) { raw in
            for (offset, byte) in text.utf8.enumerated() { raw[offset] = byte }
            raw[15] = UInt8(count)
        }
    }

    var isEmpty: Bool { withUnsafeBytes(of: words) { $0[15] == 0 } }

    var string: String {
        withUnsafeBytes(of: words) { raw in
            let count = raw[15]
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
