import CheckoutTUICore
import Testing

/// Writing text: clipping, wide characters, combining marks and the style layer.
@Suite struct ScreenBufferWriteTests {
    private func buffer(width: Int, height: Int = 1) -> ScreenBuffer {
        ScreenBuffer(size: Size(width: width, height: height))
    }

    @Test func writesTextAndReturnsTheNextColumn() {
        var screen = buffer(width: 10, height: 2)
        let end = screen.write("Pay", x: 1, y: 1)
        #expect(end == 4)
        #expect(screen.textLines() == ["", " Pay"])
    }

    @Test func clipsToTheRect() {
        var screen = buffer(width: 12)
        let end = screen.write("Hello world", x: 2, y: 0, clip: Rect(x: 2, y: 0, width: 5, height: 1))
        #expect(screen.textLines() == ["  Hello"])
        #expect(end == 13)
    }

    @Test func clipsAtTheLeftAndOutsideTheBuffer() {
        var screen = buffer(width: 4, height: 2)
        screen.write("Hello", x: -2, y: 0)
        screen.write("Hidden", x: 0, y: 5)
        screen.write("Gone", x: 0, y: 1, clip: Rect(x: 0, y: 0, width: 4, height: 1))
        #expect(screen.textLines() == ["llo", ""])
    }

    @Test func wideCharactersTakeTwoCells() {
        var screen = buffer(width: 6)
        let end = screen.write("合計x", x: 0, y: 0, style: .accent)
        #expect(end == 5)
        #expect(screen.textLines() == ["合計x"])
        #expect(screen[0, 0].text == "合")
        #expect(screen[1, 0].isContinuation)
        #expect(screen[4, 0].text == "x")
        #expect(screen.styleLines() == ["aaaaa"])
    }

    @Test func wideCharacterAtTheRightEdgeBecomesASpace() {
        var screen = buffer(width: 4)
        screen.write("abc合", x: 0, y: 0, style: .error)
        #expect(screen[3, 0].text == " ")
        #expect(!screen[3, 0].isContinuation)
        #expect(screen.styleLines() == ["eeee"])
    }

    @Test func wideCharacterCutByTheClipLeavesNoHalf() {
        var screen = buffer(width: 6)
        screen.write("x合", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 2, height: 1))
        screen.write("合b", x: 2, y: 0, clip: Rect(x: 3, y: 0, width: 3, height: 1))
        #expect(screen.textLines() == ["x   b"])
        #expect(!screen[1, 0].isContinuation)
        #expect(!screen[3, 0].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = buffer(width: 6)
        screen.write("合合", x: 0, y: 0)
        screen.write("x", x: 1, y: 0)
        screen.write("y", x: 2, y: 0)
        #expect(screen.textLines() == [" xy"])
        #expect(!screen[3, 0].isContinuation)

        screen.write("ab", x: 0, y: 0)
        screen.write("計", x: 1, y: 0)
        #expect(screen.textLines() == ["a計"])
    }

    /// A run of ASCII is written in one piece; over wide characters it must leave what writing it a byte at a
    /// time leaves, at every start and length.
    @Test func anASCIIRunOverWideCharactersLeavesWhatByteByByteWritesLeave() {
        for x in 0..<8 {
            for length in 1...6 {
                let run = String("abcdef".prefix(length))
                var whole = buffer(width: 10)
                var bytewise = buffer(width: 10)
                whole.write("合x合合y合", x: 0, y: 0)
                bytewise.write("合x合合y合", x: 0, y: 0)
                whole.write(run, x: x, y: 0)
                for (offset, character) in run.enumerated() { bytewise.write(String(character), x: x + offset, y: 0) }
                let same = whole == bytewise
                #expect(same, "\(run) at \(x): \(whole.textLines()) against \(bytewise.textLines())")
            }
        }
    }

    @Test func combiningMarksStayWithTheirBase() {
        var screen = buffer(width: 6)
        let end = screen.write("e\u{301}x", x: 0, y: 0)
        #expect(end == 2)
        #expect(screen[0, 0].text == "e\u{301}")
        #expect(screen[1, 0].text == "x")
    }

    @Test func aLeadingCombiningMarkAttachesToTheCellOnTheLeft() {
        var screen = buffer(width: 6)
        screen.write("e合", x: 0, y: 0)
        screen.write("\u{301}", x: 1, y: 0)
        screen.write("\u{308}", x: 3, y: 0)
        #expect(screen[0, 0].text == "e\u{301}")
        #expect(screen[1, 0].text == "合\u{308}")
    }

    @Test func aCombiningMarkWithNothingBeforeItInTheClipIsDropped() {
        var screen = buffer(width: 4)
        screen.write("ab", x: 0, y: 0)
        screen.write("\u{301}z", x: 2, y: 0, clip: Rect(x: 2, y: 0, width: 2, height: 1))
        #expect(screen[1, 0].text == "b")
        #expect(screen.textLines() == ["abz"])
    }

    @Test func controlCharactersAreDropped() {
        var screen = buffer(width: 6)
        screen.write("a\tb\u{1B}c\n", x: 0, y: 0)
        #expect(screen.textLines() == ["abc"])
    }

    @Test func styleLinesMarkEachCellsRole() {
        var screen = buffer(width: 10, height: 2)
        screen.write("Pay", x: 2, y: 0, style: .selected)
        screen.write("!", x: 6, y: 0, style: Style(.error, bold: true))
        screen.write("ok", x: 0, y: 1)
        #expect(screen.styleLines() == ["..sss.e", ""])
    }
}
