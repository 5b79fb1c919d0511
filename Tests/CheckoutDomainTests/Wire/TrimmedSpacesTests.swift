import Foundation
import Testing

@testable import CheckoutDomain

/// `trimmingSpaces()` skips Foundation only where that cannot change the answer: it must trim exactly what
/// `trimmingCharacters(in: .whitespaces)` trims, Unicode spaces included.
@Suite struct TrimmedSpacesTests {
    static let samples = [
        "", " ", "\t", "  \t ", "CARD", " CARD", "CARD ", "\tENABLED\t", "a b", " a b ", "\n", "\nx\n", "x\r",
        "\u{00A0}", "\u{00A0}PIX", "PIX\u{3000}", "\u{2003}é\u{2003}", "é", "ñ ", "  ñ", "日本", " 日本 ", "\u{200B}x",
        "x\u{FEFF}", "\u{1680}", "zł",
    ]

    @Test("the same result as Foundation's trimming: ASCII, tabs, newlines, Unicode spaces", arguments: samples)
    func sameAsFoundation(text: String) {
        #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
        #expect(Substring(text).trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
    }
}
