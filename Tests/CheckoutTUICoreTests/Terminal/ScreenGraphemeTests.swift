import Testing

@testable import CheckoutTUICore

/// The byte walk that screens, widths, truncation and wrapping share, against Swift's own grapheme breaking:
/// every string of three scalars from an alphabet of the cases UAX #29 treats specially.
@Suite("Screen graphemes: the byte walk agrees with Character")
struct ScreenGraphemeTests {
    /// Plain and lone-scalar cases, and each rule that joins scalars: CR LF, marks (Latin, Hebrew, for symbols),
    /// joiners, selectors, skin tones, Hangul jamo, regional indicators, a Prepend, an Indic conjunct, and
    /// pictographs inside the fast ranges (`©`, `❤`).
    static let alphabet: [String] = [
        "a", " ", "\r", "\n", "·", "é", "\u{301}", "─", "€", "\u{20DD}", "\u{200D}", "\u{200B}", "合", "👍",
        "\u{1F3FD}", "\u{600}", "\u{5D0}", "\u{591}", "❤", "\u{FE0F}", "\u{1100}", "\u{1161}", "🇸", "©", "\u{915}",
        "\u{94D}",
    ]

    static let strings: [String] = alphabet.flatMap { first in
        alphabet.flatMap { second in alphabet.map { first + second + $0 } }
    }

    @Test func walkSplitsAsCharacterDoes() {
        var mismatches: [String] = []
        for text in Self.strings where Self.split(text) != text.map(String.init) {
            mismatches.append(Self.escaped(text))
        }
        #expect(mismatches.isEmpty, "split differently from Character: \(mismatches.prefix(10))")
    }

    @Test func widthIsTheSumOfTheCharacters() {
        let wrong = Self.strings.filter { text in
            text.displayWidth != text.reduce(0) { $0 + CharacterWidth.of($1) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10).map(Self.escaped))")
    }

    @Test func truncationKeepsWholeCharacters() {
        for text in Self.strings {
            for width in 0...4 {
                let cut = text.truncated(toWidth: width, ellipsis: "…")
                #expect(cut == Self.referenceTruncated(text, width: width), "\(Self.escaped(text)) at \(width)")
            }
        }
    }

    @Test func wrappingMatchesWordByWordWrapping() {
        for text in Self.strings {
            for width in 1...4 {
                let lines = TextWrap.lines(text, width: width)
                #expect(lines == Self.referenceLines(text, width: width), "\(Self.escaped(text)) at \(width)")
            }
        }
    }

    @Test("wrapping of longer text", arguments: [
        ("Pay S$89.00 · card ending 4242 · 3DS verified", 12),
        ("https://example.com/a/very/long/redirect/url?id=123456 then text", 10),
        ("合計金額 は 12,34 € です", 5),
        ("  leading and   inner  spaces  ", 7),
        ("", 5),
        ("   ", 3),
    ])
    func longerText(text: String, width: Int) {
        #expect(TextWrap.lines(text, width: width) == Self.referenceLines(text, width: width))
    }

    /// No scalar that a fast path takes whole can be joined from either side by one that it lets follow.
    @Test func fastRangesHoldNoJoiningScalar() {
        let scalars = { (range: ClosedRange<UInt32>) in range.compactMap(Unicode.Scalar.init) }
        let leading = scalars(0x80...0x5FF) + scalars(0x2010...0x2FFF)
        let following = scalars(0x00...0x2FF) + scalars(0x2100...0x2BFF)
        let joinedBefore = leading.filter { (String($0) + "a").count != 2 }
        let joinedAfter = following.filter { ("a" + String($0)).count != 2 || ("\u{301}" + String($0)).count != 2 }
        #expect(joinedBefore.isEmpty, "\(joinedBefore.prefix(5))")
        #expect(joinedAfter.isEmpty, "\(joinedAfter.prefix(5))")
    }

    private static func split(_ text: String) -> [String] {
        var pieces: [String] = []
        var contiguous = text
        contiguous.withUTF8 { bytes in
            var starts: [Int] = []
            text.walkScreenGraphemes(utf8: bytes) { _, offset in
                starts.append(offset)
                return true
            }
            for (index, start) in starts.enumerated() {
                let end = index + 1 < starts.count ? starts[index + 1] : bytes.count
                pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            }
        }
        return pieces
    }

    /// Truncation a `Character` at a time, as it was before the byte walk.
    private static func referenceTruncated(_ text: String, width: Int) -> String {
        let total = text.reduce(0) { $0 + CharacterWidth.of($1) }
        guard total > width else { return text }
        let room = width - 1
        guard room >= 0 else { return "" }
        return prefix(text, width: room) + "…"
    }

    private static func prefix(_ text: String, width: Int) -> String {
        var used = 0
        var out = ""
        for character in text {
            let characterWidth = CharacterWidth.of(character)
            guard used + characterWidth <= width else { break }
            used += characterWidth
            out.append(character)
        }
        return out
    }

    /// Wrapping a word at a time, as it was before the byte walk.
    private static func referenceLines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if candidate.reduce(0, { $0 + CharacterWidth.of($1) }) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            var rest = word
            while rest.reduce(0, { $0 + CharacterWidth.of($1) }) > width {
                var head = prefix(rest, width: width)
                if head.isEmpty { head = String(rest.prefix(1)) }
                lines.append(head)
                rest = String(rest.dropFirst(head.count))
            }
            current = rest
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }

    private static func escaped(_ text: String) -> String {
        text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
    }
}
