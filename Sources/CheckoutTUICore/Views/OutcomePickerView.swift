import CheckoutDomain

/// The outcome picker: what the next payments will do, with the queue of outcomes already forced.
struct OutcomePickerView {
    let app: CheckoutApp
    let picker: OutcomePicker

    func draw(into frame: inout RenderedFrame, screen: Rect) {
        let available = app.environment.offersSimulationControls
        let labels =
            picker.level == .outcomes
            ? OutcomeChoice.allCases.map(\.label) : OutcomePicker.declineCodes.map { "decline \($0)" }
        var lines = MenuRows.lines(labels, cursor: picker.cursor, enabled: available)
        lines.append(.blank)
        if available {
            let queue = app.state.forcedOutcomes.map(\.label).joined(separator: " → ")
            lines.append(ContentLine([
                Span(" Queue  ", Style(.normal, bold: true)),
                Span(queue.isEmpty ? "empty: payments follow the card or method" : queue, queue.isEmpty ? .muted : .accent),
            ]))
        }
        if let notice = picker.notice ?? (available ? nil : CheckoutApp.controlsMissing) {
            lines.append(ContentLine([Span(" " + notice, Style(.warning, bold: true))]))
        }
        let title = picker.level == .outcomes ? "Force the next payment" : "Decline with…"
        let rect = OverlayView.centered(width: 72, height: lines.count + 2, in: screen)
        OverlayView.clear(around: rect, in: screen, frame: &frame)
        ScrollingPane(rect: rect, title: title, note: "Esc closes", content: PaneContent(lines: lines), scroll: 0)
            .draw(into: &frame, symbols: Symbols(frame.glyphs))
    }
}
