import CheckoutDomain

/// The keys overlay of training: training's rows of the key map, then, with a case open, the simulator's (which
/// work while investigating), all in the session's language; it scrolls when the terminal is too short for it.
struct TrainingHelpView {
    /// The open case's simulator, whose keys are listed too.
    let app: CheckoutApp?
    /// The session's language: the open case's, else the list's.
    let text: Localizer

    func box(size: Size) -> TrainingBox {
        let keyWidth = 12
        func line(_ keys: String, _ text: String) -> ContentLine {
            ContentLine([Span(" " + keys.padded(toWidth: keyWidth), Style(.keyHint, bold: true)), Span(text, .normal)])
        }
        var lines = KeyMap.trainingHelpLines.map { line($0.keys, text.text($0.text)) }
        if let app {
            lines.append(.blank)
            lines.append(ContentLine([Span(" " + text.text(.trainingHelpSimulator), Style(.accent, bold: true))]))
            // The simulator's own quit is training's way back to the cases, listed above.
            lines += OverlayView.helpRows.filter { !$0.keys.hasPrefix("q") && !$0.keys.hasPrefix("?") }
                .map { line($0.keys, app.hint($0.text)) }
        }
        let body = Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 3))
        let rect = OverlayView.centered(width: 78, height: lines.count + 2, in: body)
        return TrainingBox(
            rect: rect, title: text.text(.helpTitle), content: PaneContent(lines: lines), body: body, blanksBody: true,
            note: text.text(.leverEscCloses))
    }
}
