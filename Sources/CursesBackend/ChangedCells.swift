import CheckoutTUICore

/// The cells of a frame to hand to ncurses, row by row, left to right: every cell when the window holds nothing known,
/// else only those that differ from the frame it holds. ncurses already sends the terminal only what changed, but
/// giving it each of a 200×60 screen's 12,000 cells on every key was most of a frame's cost (docs/performance.md).
///
/// A wide character is one step with its continuation cell; the continuation carries the character's style
/// (`ScreenBuffer`'s invariant), so the first cell decides whether both changed.
struct ChangedCells: Sequence, IteratorProtocol {
    private let frame: UnsafeBufferPointer<Cell>
    /// The cells the window holds, laid out as `frame`'s; nil when unknown (the first frame, a resize).
    private let shown: UnsafeBufferPointer<Cell>?
    private let width: Int
    private let columns: Int
    private let rows: Int
    private var x = 0
    private var y = 0

    /// - Parameters:
    ///   - frame, shown: cells row by row (`ScreenBuffer.withCells`), both `size` big.
    ///   - columns, rows: the part of the frame the terminal has room for.
    init(of frame: UnsafeBufferPointer<Cell>, over shown: UnsafeBufferPointer<Cell>?, size: Size, columns: Int, rows: Int) {
        self.frame = frame
        self.shown = shown
        width = size.width
        self.columns = Swift.min(columns, size.width)
        self.rows = Swift.min(rows, size.height)
    }

    /// What a frame is compared with: the frame the window holds, when it is the same size (else, after a resize,
    /// nothing, and every cell is drawn).
    static func comparable(_ shown: ScreenBuffer?, to frame: ScreenBuffer) -> ScreenBuffer? {
        shown?.size == frame.size ? shown : nil
    }

    /// The next cell to draw and how many columns it takes.
    mutating func next() -> (x: Int, y: Int, width: Int)? {
        while y < rows {
            let row = y * width
            while x < columns {
                let column = x
                let cellWidth = column + 1 < width && frame[row + column + 1].isContinuation ? 2 : 1
                x += cellWidth
                if let shown, shown[row + column] == frame[row + column] { continue }
                return (column, y, cellWidth)
            }
            x = 0
            y += 1
        }
        return nil
    }
}
