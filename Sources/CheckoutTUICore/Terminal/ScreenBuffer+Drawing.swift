extension ScreenBuffer {
    /// Fills a rect (clipped to the buffer) with one character, replacing what was there.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .normal) {
        let count = rect.width / max(1, CharacterWidth.of(character))
        writeRuns(character, count: count, x: rect.minX, rows: rect.minY..<rect.maxY, style: style, clip: rect)
    }

    /// Draws a border along the edges of `rect`; rects smaller than 2×2 have no room for one and are skipped.
    public mutating func drawBox(_ rect: Rect, style: Style = .border) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let inner = rect.width - 2
        for (y, left, right) in [
            (rect.minY, glyphs.topLeft, glyphs.topRight), (rect.maxY - 1, glyphs.bottomLeft, glyphs.bottomRight),
        ] {
            writeRun(left, count: 1, x: rect.minX, y: y, style: style)
            writeRun(glyphs.horizontal, count: inner, x: rect.minX + 1, y: y, style: style)
            writeRun(right, count: 1, x: rect.maxX - 1, y: y, style: style)
        }
        for x in [rect.minX, rect.maxX - 1] {
            writeRuns(glyphs.vertical, count: 1, x: x, rows: (rect.minY + 1)..<(rect.maxY - 1), style: style, clip: nil)
        }
    }

    public mutating func drawHorizontalRule(x: Int, y: Int, width: Int, style: Style = .border) {
        writeRun(glyphs.horizontal, count: width, x: x, y: y, style: style)
    }

    /// Writes `text` on the top row of `rect`, cut to its width with `glyphs.ellipsis` and aligned within it.
    /// - Returns: the column after the text as drawn.
    @discardableResult
    public mutating func write(
        _ text: String, in rect: Rect, alignment: TextAlignment = .leading, style: Style = .normal
    ) -> Int {
        let width = text.displayWidth
        let fits = width <= rect.width
        let shown = fits ? text : text.truncated(toWidth: rect.width, ellipsis: glyphs.ellipsis)
        let slack = rect.width - (fits ? width : shown.displayWidth)
        let offset =
            switch alignment {
            case .leading: 0
            case .center: slack / 2
            case .trailing: slack
            }
        return write(shown, x: rect.minX + offset, y: rect.minY, style: style, clip: rect)
    }
}
