import Foundation

/// A width×height grid of styled cells that views draw into and backends present.
///
/// Invariant: a continuation cell always sits directly right of the wide character it belongs to, so
/// overwriting either half of a wide character blanks the other half.
public struct ScreenBuffer: Hashable, Sendable {
    public let size: Size
    /// The glyph set drawing helpers use, chosen once from what the terminal supports.
    public let glyphs: Glyphs
    private var cells: [Cell]

    public init(size: Size, glyphs: Glyphs = .unicode, style: Style = .normal) {
        self.size = size
        self.glyphs = glyphs
        self.cells = Array(repeating: .blank(style), count: size.width * size.height)
    }

    public var bounds: Rect { Rect(size: size) }

    /// Cells are plain bytes without padding (`Cell`), so equal screens are equal bytes: one `memcmp`, which is
    /// what the program does each frame to skip an unchanged one (a cell at a time was a tenth of a frame).
    public static func == (lhs: ScreenBuffer, rhs: ScreenBuffer) -> Bool {
        guard lhs.size == rhs.size, lhs.glyphs == rhs.glyphs, lhs.cells.count == rhs.cells.count else { return false }
        return lhs.cells.withUnsafeBytes { left in
            rhs.cells.withUnsafeBytes { right in
                left.count == 0 || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
            }
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(size)
        hasher.combine(glyphs)
        cells.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    /// The cells row by row, each row `size.width` long, read in place: what a backend walks to present the buffer,
    /// where the subscript would copy the buffer for every cell it reads.
    public func withCells<Result>(_ body: (UnsafeBufferPointer<Cell>) throws -> Result) rethrows -> Result {
        try cells.withUnsafeBufferPointer(body)
    }

    /// The cell at a position inside `bounds`.
    public subscript(x: Int, y: Int) -> Cell {
        precondition(bounds.contains(x: x, y: y), "cell (\(x), \(y)) is outside a \(size.width)×\(size.height) buffer")
        return cells[y * size.width + x]
    }

    /// Writes one line of text starting at (x, y), dropping whatever falls outside `clip` (default: the whole buffer).
    ///
    /// Control characters are dropped. A zero-width character at the start of `text` joins the cell to the left.
    /// A wide character cut by the clip edge is drawn as a space, so no half-character is ever left behind.
    /// - Returns: the column after the text, as if nothing had been clipped, so writes can be chained.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .normal, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard (area.minY..<area.maxY).contains(y) else { return x + text.displayWidth }
        // Read once: each read of a static is a call to its one-time initialiser's guard.
        let asciiCells = Self.asciiCells
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            withRow(y) { row in
                // Most text is printable ASCII that fits: one cell per byte, no grapheme walk.
                if x >= area.minX, x + bytes.count <= area.maxX, bytes.allSatisfy(CharacterWidth.isPrintable(ascii:)) {
                    row.put(ascii: bytes, cells: asciiCells, x: x, style: style)
                    return x + bytes.count
                }
                var column = x
                text.walkScreenGraphemes(utf8: bytes) { grapheme, _ in
                    switch grapheme {
                    case .ascii(let byte):
                        guard CharacterWidth.isPrintable(ascii: byte) else { return true }
                        if column >= area.minX, column < area.maxX {
                            row.put(asciiCells[Int(byte)], width: 1, x: column, style: style)
                        }
                        column += 1
                    case .scalar(let scalar):
                        column = row.write(scalar, x: column, style: style, area: area)
                    case .other(let character):
                        column = row.write(character, x: column, style: style, area: area)
                    }
                    return true
                }
                return column
            }
        }
    }

    /// Each row as text, wide characters once, trailing spaces trimmed: the form screen snapshots compare.
    public func textLines() -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width { line += self[x, y].text }
            return line.trimmingTrailing(" ")
        }
    }

    /// Each row as one `StyleRole.legend` letter per cell (both halves of a wide character), trailing
    /// normal cells trimmed, so tests can assert which cells are highlighted.
    public func styleLines() -> [String] {
        (0..<size.height).map { y in
            let line = String((0..<size.width).map { self[$0, y].style.role.legend })
            return line.trimmingTrailing(StyleRole.normal.legend)
        }
    }

    /// Writes `character` `count` times from (x, y), as `write` would write them joined: borders and fills
    /// without building a string and splitting it back into graphemes.
    public mutating func writeRun(
        _ character: Character, count: Int, x: Int, y: Int, style: Style = .normal, clip: Rect? = nil
    ) {
        guard let cell = RunCell(character) else {
            write(String(repeating: character, count: max(0, count)), x: x, y: y, style: style, clip: clip)
            return
        }
        writeRun(cell, count: count, x: x, y: y, style: style, area: (clip ?? bounds).intersection(bounds))
    }

    /// `character` `count` times from column `x` on each of `rows`, its cell and width worked out once: the sides
    /// of a box and a fill are most of a screen's cells.
    mutating func writeRuns(_ character: Character, count: Int, x: Int, rows: Range<Int>, style: Style, clip: Rect?) {
        guard let cell = RunCell(character) else {
            for y in rows { writeRun(character, count: count, x: x, y: y, style: style, clip: clip) }
            return
        }
        let area = (clip ?? bounds).intersection(bounds)
        for y in rows { writeRun(cell, count: count, x: x, y: y, style: style, area: area) }
    }

    /// A printable character made into its cell once, for drawing it many times.
    private struct RunCell {
        let text: CellText
        let width: Int

        /// Nil for a control or zero-width character, which only `write` knows how to place.
        init?(_ character: Character) {
            let width = CharacterWidth.of(character)
            guard width > 0, let first = character.unicodeScalars.first, !CharacterWidth.isControl(first) else {
                return nil
            }
            self.text = CellText(String(character))
            self.width = width
        }
    }

    /// `cell` `count` times from (x, y) inside `area` (already clipped to the buffer).
    private mutating func writeRun(_ cell: RunCell, count: Int, x: Int, y: Int, style: Style, area: Rect) {
        guard (area.minY..<area.maxY).contains(y) else { return }
        withRow(y) { row in
            var column = x
            for _ in 0..<max(0, count) {
                row.put(cell.text, width: cell.width, x: column, style: style, area: area)
                column += cell.width
            }
        }
    }

    /// Every ASCII character as a cell holds it, made once.
    fileprivate static let asciiCells: [CellText] = (0..<128).map { CellText(String(UnicodeScalar(UInt8($0)))) }

    /// Runs `body` on row `y` of the cells, made unique once for the whole write rather than once per cell.
    private mutating func withRow<Result>(_ y: Int, _ body: (RowWriter) -> Result) -> Result {
        let width = size.width
        return cells.withUnsafeMutableBufferPointer { cells in
            body(RowWriter(cells: cells, start: y * width, width: width))
        }
    }
}

/// One row of a buffer's cells being written: the wide-character rules of `ScreenBuffer` on its raw cells.
private struct RowWriter {
    let cells: UnsafeMutableBufferPointer<Cell>
    /// The index of the row's first cell.
    let start: Int
    let width: Int

    /// One character that is not a lone ASCII byte, inside `area`.
    func write(_ character: Character, x column: Int, style: Style, area: Rect) -> Int {
        if let first = character.unicodeScalars.first, CharacterWidth.isControl(first) { return column }
        let width = CharacterWidth.of(character)
        if width == 0 {
            attach(character, before: column, area: area)
        } else {
            put(CellText(String(character)), width: width, x: column, style: style, area: area)
        }
        return column + width
    }

    /// A scalar that is a grapheme by itself, as `write(_: Character, …)` places it, without making a `Character`
    /// unless it joins the cell to its left.
    func write(_ scalar: Unicode.Scalar, x column: Int, style: Style, area: Rect) -> Int {
        if CharacterWidth.isControl(scalar) { return column }
        let width = CharacterWidth.of(scalar: scalar)
        if width == 0 {
            attach(Character(scalar), before: column, area: area)
        } else {
            put(CellText(scalar), width: width, x: column, style: style, area: area)
        }
        return column + width
    }

    /// `text` at `column` if it fits inside `area`; a wide character straddling an edge leaves its visible half
    /// a space.
    func put(_ text: CellText, width: Int, x column: Int, style: Style, area: Rect) {
        if column >= area.minX, column + width <= area.maxX {
            put(text, width: width, x: column, style: style)
        } else {
            for half in column..<(column + width) where (area.minX..<area.maxX).contains(half) {
                put(ScreenBuffer.asciiCells[0x20], width: 1, x: half, style: style)
            }
        }
    }

    /// Printable ASCII bytes from column `x`, all inside the row: only the cells at either end can split a wide
    /// character, since one inside the run loses both its halves to it.
    func put(ascii bytes: UnsafeBufferPointer<UInt8>, cells asciiCells: [CellText], x: Int, style: Style) {
        guard !bytes.isEmpty else { return }
        detachWideNeighbour(x: x)
        detachWideNeighbour(x: x + bytes.count - 1)
        for (offset, byte) in bytes.enumerated() {
            cells[start + x + offset] = Cell(grapheme: asciiCells[Int(byte)], style: style)
        }
    }

    func put(_ text: CellText, width: Int, x: Int, style: Style) {
        for column in x..<(x + width) { detachWideNeighbour(x: column) }
        cells[start + x] = Cell(grapheme: text, style: style)
        if width == 2 { cells[start + x + 1] = .continuation(style) }
    }

    /// Blanks the other half of a wide character that a write at `x` is about to split.
    private func detachWideNeighbour(x: Int) {
        let index = start + x
        if cells[index].isContinuation {
            cells[index - 1] = .blank(cells[index - 1].style)
        } else if x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
    }

    private func attach(_ character: Character, before column: Int, area: Rect) {
        var target = column - 1
        guard target >= area.minX, target < area.maxX else { return }
        if cells[start + target].isContinuation { target -= 1 }
        guard target >= area.minX else { return }
        let cell = cells[start + target]
        cells[start + target] = Cell(text: cell.text + String(character), style: cell.style)
    }
}

extension String {
    fileprivate func trimmingTrailing(_ padding: Character) -> String {
        String(reversed().drop(while: { $0 == padding }).reversed())
    }
}
