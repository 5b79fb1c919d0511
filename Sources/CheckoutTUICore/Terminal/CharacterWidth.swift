/// How many terminal cells a character occupies, from this package's own tables.
///
/// `wcwidth` is not used because its answer depends on the process locale (it is -1 for `合` in the C locale),
/// which would make screen snapshots differ between machines.
public enum CharacterWidth {
    /// 0 for controls and for marks that combine with the previous character, 2 for wide ones, otherwise 1.
    public static func of(scalar: Unicode.Scalar) -> Int {
        // Below U+0300 (where combining marks begin) every printable scalar is one cell; skipping the Unicode
        // property lookup for the bulk of the text on screen makes a frame several times cheaper.
        if scalar.value >= 0x20, scalar.value < 0x300 { return (0x7F..<0xA0).contains(scalar.value) ? 0 : 1 }
        if isControl(scalar) || isZeroWidth(scalar) { return 0 }
        return isWide(scalar.value) ? 2 : 1
    }

    /// The width of a grapheme cluster is that of its first non-zero-width scalar.
    ///
    /// Variation selectors and joined emoji do not widen it: ncurses places characters by `wcwidth` of the base,
    /// so counting the same way keeps this grid and the real screen in step.
    public static func of(_ character: Character) -> Int {
        for scalar in character.unicodeScalars {
            let width = of(scalar: scalar)
            if width > 0 { return width }
        }
        return 0
    }

    /// A lone ASCII byte is one cell when printable, none when a control; a lone scalar or a character, as above.
    static func of(_ grapheme: ScreenGrapheme) -> Int {
        switch grapheme {
        case .ascii(let byte): isPrintable(ascii: byte) ? 1 : 0
        case .scalar(let scalar): of(scalar: scalar)
        case .other(let character): of(character)
        }
    }

    /// An ASCII byte that is neither a C0 control nor DEL.
    static func isPrintable(ascii byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F
    }

    /// C0 and C1 controls and DEL, which a screen buffer drops rather than draws.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD:
            return false  // Soft hyphen is a format character that terminals nevertheless draw.
        case 0x1160...0x11FF, 0xD7B0...0xD7FF:
            return true  // Hangul medial vowels and final consonants join the preceding initial consonant.
        case 0x2190...0x2BFF:
            return false  // Arrows, box drawing, shapes and symbols (the frame's own glyphs) hold no marks.
        default:
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format:
                // Combining accents, variation selectors, ZWJ, ZWNJ, zero-width space.
                return true
            default:
                return false
            }
        }
    }

    private static func isWide(_ value: UInt32) -> Bool {
        let ranges = WideCharacterRanges.ranges
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < ranges[middle].lowerBound {
                high = middle - 1
            } else if value > ranges[middle].upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
