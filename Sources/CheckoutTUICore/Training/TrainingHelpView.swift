/// The keys overlay of training: training's own keys from its table, then, with a case open, the simulator's from
/// its key map (in the session's language), which work while investigating.
struct TrainingHelpView {
    /// The open case's simulator, whose keys are listed too.
    let app: CheckoutApp?

    func draw(into frame: inout RenderedFrame, size: Size) {
        let keyWidth = 12
        func line(_ keys: String, _ text: String) -> ContentLine {
            ContentLine([Span(" " + keys.padded(toWidth: keyWidth), Style(.keyHint, bold: true)), Span(text, .normal)])
        }
        var lines = TrainingKeys.helpLines.map(line)
        if let app {
            lines.append(.blank)
            lines.append(ContentLine([Span(" While investigating, the simulator's keys:", Style(.accent, bold: true))]))
            // The simulator's own quit is training's way back to the cases, listed above.
            lines += OverlayView.helpRows.filter { !$0.keys.hasPrefix("q") && !$0.keys.hasPrefix("?") }
                .map { line($0.keys, app.hint($0.text)) }
        }
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        frame.fill(body, style: .normal)
        let rect = OverlayView.centered(width: 78, height: lines.count + 2, in: body)
        ScrollingPane(rect: rect, title: "Keys", note: "Esc closes", content: PaneContent(lines: lines), scroll: 0)
            .draw(into: &frame, symbols: Symbols(frame.glyphs))
    }
}
