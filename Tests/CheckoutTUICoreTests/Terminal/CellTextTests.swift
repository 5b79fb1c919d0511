import Testing

@testable import CheckoutTUICore

@Suite("CellText: graphemes kept inline or interned")
struct CellTextTests {
    @Test("short and long graphemes read back exactly", arguments: [
        "", " ", "a", "é", "e\u{301}", "合", "🇸🇬", "👍🏽", "👨‍👩‍👧‍👦", String(repeating: "a\u{301}", count: 9),
    ])
    func roundTrip(text: String) {
        let cell = CellText(text)
        #expect(cell.string == text)
        #expect(cell.isEmpty == text.isEmpty)
        #expect(cell == CellText(text))
    }

    @Test("different graphemes differ, interned ones included")
    func distinct() {
        #expect(CellText("a") != CellText("b"))
        #expect(CellText("👨‍👩‍👧‍👦") != CellText("👨‍👩‍👧"))
        #expect(CellText("👨‍👩‍👧‍👦") != CellText(" "))
    }
}
