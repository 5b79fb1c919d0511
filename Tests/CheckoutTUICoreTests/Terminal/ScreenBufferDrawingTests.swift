import CheckoutTUICore
import Testing

/// Boxes, rules, fills and aligned, truncated text in both glyph sets.
@Suite struct ScreenBufferDrawingTests {
    @Test func boxWithUnicodeGlyphs() {
        var screen = ScreenBuffer(size: Size(width: 7, height: 4))
        screen.drawBox(Rect(x: 1, y: 0, width: 6, height: 3))
        #expect(screen.textLines() == [" ┌────┐", " │    │", " └────┘", ""])
        #expect(screen.styleLines() == [".bbbbbb", ".b....b", ".bbbbbb", ""])
    }

    @Test func boxWithASCIIGlyphs() {
        var screen = ScreenBuffer(size: Size(width: 6, height: 3), glyphs: .ascii)
        screen.drawBox(screen.bounds, style: .accent)
        #expect(screen.textLines() == ["+----+", "|    |", "+----+"])
    }

    @Test func boxIsClippedToTheBuffer() {
        var screen = ScreenBuffer(size: Size(width: 4, height: 2), glyphs: .ascii)
        screen.drawBox(Rect(x: 1, y: 0, width: 6, height: 4))
        #expect(screen.textLines() == [" +--", " |"])
    }

    @Test func boxTooSmallIsSkipped() {
        var screen = ScreenBuffer(size: Size(width: 4, height: 2))
        screen.drawBox(Rect(x: 0, y: 0, width: 1, height: 2))
        #expect(screen.textLines() == ["", ""])
    }

    @Test func horizontalRuleInBothGlyphSets() {
        var unicode = ScreenBuffer(size: Size(width: 6, height: 1))
        unicode.drawHorizontalRule(x: 1, y: 0, width: 4)
        #expect(unicode.textLines() == [" ────"])
        var ascii = ScreenBuffer(size: Size(width: 6, height: 1), glyphs: .ascii)
        ascii.drawHorizontalRule(x: 1, y: 0, width: 4, style: .muted)
        #expect(ascii.textLines() == [" ----"])
        #expect(ascii.styleLines() == [".mmmm"])
    }

    @Test func fillReplacesTextAndStyle() {
        var screen = ScreenBuffer(size: Size(width: 5, height: 3))
        screen.write("hello", x: 0, y: 1)
        screen.fill(Rect(x: 1, y: 1, width: 3, height: 2), style: .selected)
        #expect(screen.textLines() == ["", "h   o", ""])
        #expect(screen.styleLines() == ["", ".sss", ".sss"])
    }

    @Test func alignedTextInARect() {
        var screen = ScreenBuffer(size: Size(width: 10, height: 3))
        screen.write("Pay", in: Rect(x: 0, y: 0, width: 10, height: 1), alignment: .trailing)
        screen.write("Pay", in: Rect(x: 0, y: 1, width: 9, height: 1), alignment: .center)
        screen.write("合計", in: Rect(x: 2, y: 2, width: 8, height: 1), alignment: .trailing)
        #expect(screen.textLines() == ["       Pay", "   Pay", "      合計"])
    }

    @Test func textTooWideIsTruncatedWithTheGlyphSetsEllipsis() {
        var unicode = ScreenBuffer(size: Size(width: 10, height: 1))
        let end = unicode.write("Antom Checkout", in: Rect(x: 1, y: 0, width: 8, height: 1))
        #expect(unicode.textLines() == [" Antom C…"])
        #expect(end == 9)
        var ascii = ScreenBuffer(size: Size(width: 10, height: 1), glyphs: .ascii)
        ascii.write("Antom Checkout", in: Rect(x: 1, y: 0, width: 8, height: 1), alignment: .trailing)
        #expect(ascii.textLines() == [" Antom..."])
    }
}
