/// A bordered pane that shows a window of its content lines, with arrows on the border when more is hidden.
struct ScrollingPane {
    let rect: Rect
    let title: String
    var titleStyle: Style = .title
    var note: String?
    let content: PaneContent
    /// The first content line shown (clamped here, so a stale value never shows empty space).
    let scroll: Int

    /// Where content lines go inside the border.
    var inner: Rect { rect.inset(horizontal: 1, vertical: 1) }

    static func firstLine(scroll: Int, contentHeight: Int, viewport: Int) -> Int {
        min(max(0, scroll), max(0, contentHeight - viewport))
    }

    func draw(into frame: inout RenderedFrame, symbols: Symbols) {
        frame.box(rect, title: title, titleStyle: titleStyle, note: note)
        let area = inner
        guard !area.isEmpty else { return }
        let first = Self.firstLine(scroll: scroll, contentHeight: content.lines.count, viewport: area.height)
        for (offset, line) in content.lines.dropFirst(first).prefix(area.height).enumerated() {
            line.draw(into: &frame, rect: area, y: area.minY + offset)
        }
        guard rect.width > 24 else { return }
        // Centred on the borders, clear of the title on the left and the note on the right.
        let x = rect.minX + rect.width / 2 - 3
        if first > 0 {
            frame.text(" \(symbols.more.up) ", in: Rect(x: x, y: rect.minY, width: 3, height: 1), style: .accent)
        }
        if first + area.height < content.lines.count {
            frame.text(" \(symbols.more.down) ", in: Rect(x: x, y: rect.maxY - 1, width: 3, height: 1), style: .accent)
        }
    }
}
