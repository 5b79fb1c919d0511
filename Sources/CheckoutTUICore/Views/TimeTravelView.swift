import CheckoutDomain

/// The time-travel menu: how far to move the simulated clock, and what time it is now.
struct TimeTravelView {
    let app: CheckoutApp
    let menu: TimeTravelMenu

    func draw(into frame: inout RenderedFrame, screen: Rect) {
        let available = app.environment.offersSimulationControls
        var lines = MenuRows.lines(TimeJump.allCases.map(\.label), cursor: menu.cursor, enabled: available)
        lines.append(.blank)
        lines.append(ContentLine([
            Span(" Now  ", Style(.normal, bold: true)), Span(ISOTimestamp.format(app.state.now), .muted),
        ]))
        if !available { lines.append(ContentLine([Span(" " + CheckoutApp.controlsMissing, Style(.warning, bold: true))])) }
        let rect = OverlayView.centered(width: 64, height: lines.count + 2, in: screen)
        OverlayView.clear(around: rect, in: screen, frame: &frame)
        ScrollingPane(rect: rect, title: "Time travel", note: "Esc closes", content: PaneContent(lines: lines), scroll: 0)
            .draw(into: &frame, symbols: Symbols(frame.glyphs))
    }
}
