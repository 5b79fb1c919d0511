import CheckoutTUICore
import Testing

/// The width table, grapheme widths and truncation by display width.
@Suite struct CharacterWidthTests {
    @Test(arguments: [
        (0x41, 1),  // A
        (0x20AC, 1),  // €
        (0x2500, 1),  // ─, East Asian Ambiguous counts as narrow
        (0x00AD, 1),  // soft hyphen is drawn
        (0x2764, 1),  // ❤ defaults to text presentation
        (0x5408, 2),  // 合
        (0xD55C, 2),  // 한
        (0xFF21, 2),  // Ａ fullwidth
        (0x1F600, 2),  // 😀
        (0x231A, 2),  // ⌚ emoji presentation
        (0x20000, 2),  // CJK Extension B
        (0x0301, 0),  // combining acute
        (0x200D, 0),  // zero-width joiner
        (0xFE0F, 0),  // variation selector 16
        (0x200B, 0),  // zero-width space
        (0x1161, 0),  // Hangul medial vowel
        (0x07, 0),  // BEL
        (0x7F, 0),  // DEL
        (0x85, 0),  // C1 next line
    ])
    func scalarWidth(value: UInt32, expected: Int) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(CharacterWidth.of(scalar: scalar) == expected)
    }

    /// The first and last code point of table ranges, and their neighbours, catch off-by-one searches.
    @Test(arguments: [
        (0x10FF, 1), (0x1100, 2), (0x115F, 2),
        (0x2328, 1), (0x2329, 2), (0x232A, 2), (0x232B, 1),
        (0x3FFFD, 2), (0x3FFFE, 1), (0x1FAFF, 2), (0x1FB00, 1),
    ])
    func rangeBoundaries(value: UInt32, expected: Int) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(CharacterWidth.of(scalar: scalar) == expected)
    }

    @Test func clusterTakesTheWidthOfItsBase() {
        #expect(CharacterWidth.of("e\u{301}") == 1)
        #expect(CharacterWidth.of("\u{1112}\u{1161}\u{11AB}") == 2)  // 한 as jamo
        #expect(CharacterWidth.of("👨‍👩‍👧") == 2)
        #expect(CharacterWidth.of("❤️") == 1)  // VS16 does not widen, matching wcwidth
        #expect(CharacterWidth.of("\u{301}") == 0)
    }

    @Test func stringDisplayWidth() {
        #expect("Pay 12,34 € 合計".displayWidth == 16)
        #expect("".displayWidth == 0)
    }

    @Test func truncation() {
        #expect("Hello world".truncated(toWidth: 8, ellipsis: "…") == "Hello w…")
        #expect("Hello world".truncated(toWidth: 8, ellipsis: "...") == "Hello...")
        #expect("Hello".truncated(toWidth: 5, ellipsis: "…") == "Hello")
        #expect("合計金額".truncated(toWidth: 5, ellipsis: "…") == "合計…")
        #expect("合計金額".truncated(toWidth: 4, ellipsis: "…") == "合…")
        #expect("Hello".truncated(toWidth: 2, ellipsis: "...") == "..")
    }
}
