import CheckoutDomain

/// The outcome picker: what the next payments will do, with the queue of outcomes already forced.
struct OutcomePickerView {
    let app: CheckoutApp
    let picker: OutcomePicker

    func draw(into frame: inout RenderedFrame, screen: Rect) {
        let available = app.environment.offersSimulationControls
        let text = app.merchantText
        let labels =
            picker.level == .outcomes
            ? OutcomeChoice.allCases.map { text.text($0.label) }
            : OutcomePicker.declineCodes.map { text.text(.leverDeclineWith, ["code": $0.rawValue]) }
        var lines = MenuRows.lines(labels, cursor: picker.cursor, enabled: available)
        lines.append(.blank)
        if available {
            let queue = app.state.forcedOutcomes.map(\.label).joined(separator: " → ")
            lines.append(ContentLine([
                Span(" \(text.text(.leverQueue))  ", Style(.normal, bold: true)),
                Span(queue.isEmpty ? text.text(.leverQueueEmpty) : queue, queue.isEmpty ? .muted : .accent),
            ]))
        }
        if let notice = picker.notice ?? (available ? nil : .leverUnavailable) {
            lines.append(ContentLine([Span(" " + text.text(notice), Style(.warning, bold: true))]))
        }
        let title = text.text(picker.level == .outcomes ? .leverOutcomeTitle : .leverDeclineTitle)
        let rect = OverlayView.centered(width: 72, height: lines.count + 2, in: screen)
        OverlayView.clear(around: rect, in: screen, frame: &frame)
        ScrollingPane(rect: rect, title: title, note: text.text(.leverEscCloses), content: PaneContent(lines: lines), scroll: 0)
            .draw(into: &frame, symbols: Symbols(frame.glyphs))
    }
}
