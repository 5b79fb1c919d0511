import CheckoutTUICore
import Testing

@testable import CursesBackend

/// Which cells `present` gives ncurses: every one the first time, then those that changed, so that the window ends up
/// holding the new frame whatever was on it.
@Suite struct ChangedCellsTests {
    private let size = Size(width: 24, height: 6)

    private func cells(_ frame: ScreenBuffer) -> [Cell] {
        frame.withCells { Array($0) }
    }

    private func changed(
        _ frame: ScreenBuffer, over shown: ScreenBuffer?, columns: Int? = nil, rows: Int? = nil
    ) -> [(x: Int, y: Int, width: Int)] {
        frame.withCells { new in
            (shown ?? frame).withCells { held in
                Array(
                    ChangedCells(
                        of: new, over: shown == nil ? nil : held, size: frame.size,
                        columns: columns ?? frame.size.width, rows: rows ?? frame.size.height))
            }
        }
    }

    @Test func withNothingShownEveryCellIsDrawnAndAWideCharacterOnce() {
        var frame = ScreenBuffer(size: size)
        _ = frame.write("合x", x: 0, y: 0)
        let drawn = changed(frame, over: nil)
        #expect(drawn.count == size.width * size.height - 1)
        #expect(drawn.first.map { [$0.x, $0.y, $0.width] } == [0, 0, 2])
        #expect(drawn.dropFirst().first.map { [$0.x, $0.y, $0.width] } == [2, 0, 1])
    }

    @Test func theSameFrameAgainDrawsNothing() {
        var frame = ScreenBuffer(size: size)
        _ = frame.write("Pay SGD 60.00 合", x: 1, y: 2, style: Style(.accent, bold: true))
        #expect(changed(frame, over: frame).isEmpty)
    }

    @Test func aStyleAloneIsAChange() {
        var before = ScreenBuffer(size: size)
        _ = before.write("Pay", x: 0, y: 0)
        var after = ScreenBuffer(size: size)
        _ = after.write("Pay", x: 0, y: 0, style: Style(.selected))
        #expect(changed(after, over: before).map(\.x) == [0, 1, 2])
    }

    @Test func aFrameOfAnotherSizeIsComparedWithNothing() {
        let small = ScreenBuffer(size: Size(width: 10, height: 3))
        let frame = ScreenBuffer(size: size)
        #expect(ChangedCells.comparable(small, to: frame) == nil)
        #expect(ChangedCells.comparable(nil, to: frame) == nil)
        #expect(ChangedCells.comparable(frame, to: ScreenBuffer(size: size)) == frame)
    }

    @Test func onlyWhatTheTerminalHasRoomForIsDrawn() {
        let drawn = changed(ScreenBuffer(size: size), over: nil, columns: 10, rows: 2)
        #expect(drawn.count == 20)
        #expect(drawn.allSatisfy { $0.x < 10 && $0.y < 2 })
    }

    @Test func drawingTheChangedCellsOverAnyFrameLeavesTheNewFrame() {
        var generator = SystemRandomNumberGenerator()
        let texts = ["a", "bc", "合", "合合", "😀", "e\u{301}", " ", "Pay", "•••• 0768", "━━", "x合y"]
        let styles = [Style.normal, Style(.accent, bold: true), Style(.selected), Style(.muted)]
        func randomFrame(from start: ScreenBuffer?) -> ScreenBuffer {
            var frame = start ?? ScreenBuffer(size: size)
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                _ = frame.write(
                    texts.randomElement(using: &generator)!, x: Int.random(in: 0..<size.width, using: &generator),
                    y: Int.random(in: 0..<size.height, using: &generator), style: styles.randomElement(using: &generator)!)
            }
            return frame
        }
        for _ in 0..<500 {
            let shown = randomFrame(from: nil)
            let next = randomFrame(from: Bool.random(using: &generator) ? shown : nil)
            var window = cells(shown)
            let wanted = cells(next)
            for (x, y, width) in changed(next, over: shown) {
                for column in x..<(x + width) { window[y * size.width + column] = wanted[y * size.width + column] }
            }
            let firstDifference = window.indices.first { window[$0] != wanted[$0] }
            #expect(firstDifference == nil, "cell \(firstDifference.map { "(\($0 % size.width), \($0 / size.width))" } ?? "")")
        }
    }
}
