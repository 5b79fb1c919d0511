/// One grapheme of text going onto the screen: a lone ASCII byte, or a character that needs Unicode's rules.
enum ScreenGrapheme {
    case ascii(UInt8)
    case other(Character)
}

extension String {
    /// Calls `body` with the string's graphemes as the screen takes them. An ASCII byte that no non-ASCII byte
    /// follows is a whole grapheme (only a following mark, joiner or selector could extend it), so it is taken
    /// from the UTF-8 bytes without Unicode's grapheme breaking: a line with one `·` in it stays on the fast path
    /// for the rest. Anything else is a `Character`, read from a grapheme boundary.
    @inline(__always)
    func forEachScreenGrapheme(_ body: (ScreenGrapheme) -> Void) {
        var contiguous = self
        contiguous.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte < 0x80, offset + 1 == bytes.count || bytes[offset + 1] < 0x80 {
                    body(.ascii(byte))
                    offset += 1
                } else {
                    let character = self[utf8.index(utf8.startIndex, offsetBy: offset)]
                    body(.other(character))
                    offset += character.utf8.count
                }
            }
        }
    }
}
