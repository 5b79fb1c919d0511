/// One grapheme of text going onto the screen: a lone ASCII byte, a lone non-ASCII scalar, or a character that
/// needs Unicode's rules.
enum ScreenGrapheme {
    case ascii(UInt8)
    /// A scalar that is a whole grapheme by itself (see `loneScalar`), read without grapheme breaking.
    case scalar(Unicode.Scalar)
    case other(Character)

    /// How many UTF-8 bytes of the text it takes.
    var utf8Count: Int {
        switch self {
        case .ascii: 1
        case .scalar(let scalar): scalar.utf8.count
        case .other(let character): character.utf8.count
        }
    }
}

extension String {
    /// The string's graphemes as the screen takes them, read from `bytes`, its own UTF-8, without Unicode's
    /// grapheme breaking wherever the bytes alone settle where a grapheme ends (a line with one `·` in it stays on
    /// the fast path, the `·` included), each with the offset where it starts, until `body` returns false.
    ///
    /// An ASCII byte other than CR is a whole grapheme when the scalar after it cannot extend one (`cannotExtend`);
    /// so is a scalar from U+0080–U+05FF (`·`, `×`, `é`, Greek, Cyrillic, Hebrew) or U+2010–U+2FFF (`…`, `€`, `─`,
    /// `✓`), since neither range holds a Prepend (UAX #29 GB9b), a joiner (GB11) or a Hangul jamo (GB6–8). The
    /// walk stops only on grapheme boundaries, so anything else is the `Character` that starts there.
    @inline(__always)
    func walkScreenGraphemes(utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (ScreenGrapheme, Int) -> Bool) {
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            let length: Int
            // CR is left to `Character`, which joins CR LF into one grapheme (GB3).
            if byte < 0x80, byte != 0x0D, Self.cannotExtend(bytes, at: offset + 1) {
                guard body(.ascii(byte), offset) else { return }
                length = 1
            } else if let (scalar, scalarLength) = Self.loneScalar(bytes, at: offset) {
                guard body(.scalar(scalar), offset) else { return }
                length = scalarLength
            } else {
                let character = self[utf8.index(utf8.startIndex, offsetBy: offset)]
                guard body(.other(character), offset) else { return }
                length = character.utf8.count
            }
            offset += length
        }
    }

    /// The scalar at `offset` with its byte length when it is a grapheme by itself: from one of the two ranges
    /// above, and followed by a scalar that cannot extend it.
    @inline(__always)
    private static func loneScalar(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[offset]
        let value: UInt32
        let length: Int
        switch lead {
        case 0xC2...0xD7:
            length = 2
            guard offset + length <= bytes.count else { return nil }
            value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
        case 0xE2:
            length = 3
            guard offset + length <= bytes.count else { return nil }
            value = 0x2000 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
            guard value >= 0x2010 else { return nil }
        default:
            return nil
        }
        guard cannotExtend(bytes, at: offset + length), let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// Whether the scalar at `offset` (the end counts) cannot join the grapheme before it: U+0000–U+02FF and
    /// U+2100–U+2BFF hold no Extend, joiner or SpacingMark scalar (UAX #29 GB9, GB9a), which are what join one
    /// after a scalar that is not a Prepend.
    @inline(__always)
    private static func cannotExtend(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset < bytes.count else { return true }
        let byte = bytes[offset]
        switch byte {
        case 0x00..<0x80, 0xC2...0xCB: return true
        case 0xE2: return offset + 1 < bytes.count && (0x84...0xAF).contains(bytes[offset + 1])
        default: return false
        }
    }
}
