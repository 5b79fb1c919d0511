import CheckoutDomain

/// Boxes drawn over the screen: the key help, the quit confirmation while a payment is in flight, and the QA
/// levers' menus.
struct OverlayView {
    /// The key map's lines, and the mouse, which no binding covers.
    static let helpRows: [(keys: String, text: StringKey)] = KeyMap.helpLines + [("Mouse", .helpMouse)]

    let app: CheckoutApp
    let overlay: Overlay

    func draw(into frame: inout RenderedFrame, screen: Rect) {
        switch overlay {
        case .help: drawHelp(into: &frame, screen: screen)
        case .confirmQuit: drawConfirm(into: &frame, screen: screen)
        case .outcomePicker(let picker): OutcomePickerView(app: app, picker: picker).draw(into: &frame, screen: screen)
        case .timeTravel(let menu): TimeTravelView(app: app, menu: menu).draw(into: &frame, screen: screen)
        case .amountPrompt(let prompt): AmountPromptView(app: app).draw(prompt, into: &frame, screen: screen)
        case .confirmCancel: AmountPromptView(app: app).drawCancel(into: &frame, screen: screen)
        }
    }

    private func drawHelp(into frame: inout RenderedFrame, screen: Rect) {
        let keyWidth = 12
        var lines = Self.helpRows.map { key, label in
            ContentLine([
                Span(" " + key.padded(toWidth: keyWidth), Style(.keyHint, bold: true)),
                Span(app.hint(label), .normal),
            ])
        }
        lines += [.blank, ContentLine([Span(" " + app.hint(.helpTyping), .muted)])]
        // The help replaces the screen it explains, rather than sitting on top of its borders.
        frame.fill(screen, style: .normal)
        let rect = Self.centered(width: 76, height: lines.count + 2, in: screen)
        frame.hit(rect, .closeHelp)
        ScrollingPane(rect: rect, title: app.hint(.helpTitle), note: app.hint(.leverEscCloses), content: PaneContent(lines: lines), scroll: 0)
            .draw(into: &frame, symbols: Symbols(frame.glyphs))
    }

    private func drawConfirm(into frame: inout RenderedFrame, screen: Rect) {
        let lines = [
            ContentLine([Span(" " + app.hint(.quitInFlight), Style(.warning, bold: true))]),
            ContentLine([Span(" " + app.hint(.quitDetail), .normal)]),
            .blank,
            ContentLine([
                Span(" "), Span("[ y  \(app.hint(.quitYes)) ]", Style(.error, bold: true), target: .confirmQuit(true)),
                Span("   "), Span("[ n  \(app.hint(.quitNo)) ]", Style(.accent, bold: true), target: .confirmQuit(false)),
            ]),
        ]
        let rect = Self.centered(width: 58, height: lines.count + 2, in: screen)
        Self.clear(around: rect, in: screen, frame: &frame)
        ScrollingPane(rect: rect, title: app.hint(.quitTitle), titleStyle: Style(.warning, bold: true), content: PaneContent(lines: lines), scroll: 0)
            .draw(into: &frame, symbols: Symbols(frame.glyphs))
    }

    /// Blanks the box and a one-cell margin, so what is underneath does not run into its border.
    static func clear(around rect: Rect, in screen: Rect, frame: inout RenderedFrame) {
        frame.fill(rect.inset(by: -1).intersection(screen), style: .normal)
    }

    static func centered(width: Int, height: Int, in screen: Rect) -> Rect {
        let w = min(width, screen.width)
        let h = min(height, screen.height)
        return Rect(x: screen.minX + (screen.width - w) / 2, y: screen.minY + (screen.height - h) / 2, width: w, height: h)
    }
}
