import CheckoutDomain

/// The time-travel menu: how far to move the simulated clock, and what time it is now.
struct TimeTravelView {
    let app: CheckoutApp
    let menu: TimeTravelMenu

    func draw(into frame: inout RenderedFrame, screen: Rect) {
        let available = app.environment.offersSimulationControls
        let text = app.merchantText
        let distances = TimeJump.allCases.map { text.text($0.label.distance) }
        // The deadlines line up after the longest distance, whatever the language's widths.
        let column = (distances.map(\.displayWidth).max() ?? 0) + 3
        let labels = zip(TimeJump.allCases, distances).map { jump, distance in
            jump.label.deadline.map { distance.padded(toWidth: column) + text.text($0) } ?? distance
        }
        var lines = MenuRows.lines(labels, cursor: menu.cursor, enabled: available)
        lines.append(.blank)
        lines.append(ContentLine([
            Span(" \(text.text(.leverNow))  ", Style(.normal, bold: true)), Span(ISOTimestamp.format(app.state.now), .muted),
        ]))
        if !available { lines.append(ContentLine([Span(" " + text.text(.leverUnavailable), Style(.warning, bold: true))])) }
        let rect = OverlayView.centered(width: 64, height: lines.count + 2, in: screen)
        OverlayView.clear(around: rect, in: screen, frame: &frame)
        ScrollingPane(rect: rect, title: text.text(.leverTimeTitle), note: text.text(.leverEscCloses), content: PaneContent(lines: lines), scroll: 0)
            .draw(into: &frame, symbols: Symbols(frame.glyphs))
    }
}
