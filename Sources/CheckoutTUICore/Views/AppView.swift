import CheckoutDomain

/// Draws the whole app for a terminal size, purely from its state and environment, and records the hit map.
struct AppView {
    let app: CheckoutApp
    let symbols: Symbols
    let clock: ClockText

    init(app: CheckoutApp) {
        self.app = app
        symbols = Symbols(app.environment.glyphs)
        clock = ClockText(timeZone: app.environment.timeZone)
    }

    private var state: AppState { app.state }

    func layout(size: Size) -> AppLayout? { Self.layout(of: app, size: size) }

    /// Static, as the geometry below, so settling a message measures the pane without copying the app into a view.
    static func layout(of app: CheckoutApp, size: Size) -> AppLayout? {
        AppLayout(
            size: size, orderLines: OrderSummaryView.lineCount(app), timelineExpanded: app.state.timelineExpanded,
            explaining: app.state.explaining, pageFocused: showsQRCode(app))
    }

    /// A QR code is on the page: on a narrow terminal it gets the order lines' and the timeline strip's rows.
    private static func showsQRCode(_ app: CheckoutApp) -> Bool {
        guard app.state.stage == .checkout, case .code = app.state.page.phase else { return false }
        return true
    }

    func render(size: Size) -> RenderedFrame {
        var frame = RenderedFrame(size: size, glyphs: app.environment.glyphs)
        guard let layout = layout(size: size) else {
            TooSmallView(text: app.merchantText).draw(into: &frame, size: size)
            return frame
        }
        HeaderView(symbols: symbols, clock: clock).draw(app, into: &frame, rect: layout.header)
        if !state.timelineExpanded {
            OrderSummaryView.draw(app, into: &frame, rect: layout.order)
            mainPane(layout.main, screen: size, view: state.showsBuyerPage ? app.pageView : nil).draw(into: &frame, symbols: symbols)
        }
        if let rect = layout.timeline {
            timeline(compact: layout.timelineCompact).draw(into: &frame, rect: rect, symbols: symbols)
        }
        if let rect = layout.explain {
            ExplainPaneView(card: app.explainCard, position: explainPosition, text: app.explainText).draw(into: &frame, rect: rect, symbols: symbols)
        }
        StatusLineView(symbols: symbols).draw(app, into: &frame, rect: layout.status)
        FooterView(hints: app.keyHints).draw(into: &frame, rect: layout.footer)
        if let overlay = state.overlay {
            let body = Rect(x: 0, y: layout.header.maxY, width: size.width, height: layout.status.minY - layout.header.maxY)
            OverlayView(app: app, overlay: overlay).draw(into: &frame, screen: body)
        }
        return frame
    }

    /// The pane in the middle: the Checkout Page's `view` while it is mounted, the merchant's page otherwise.
    private func mainPane(_ rect: Rect, screen: Size, view: PageView?) -> ScrollingPane {
        let width = max(1, rect.width - 2)
        guard let view else {
            let title = "\(app.environment.scenario.shopName) · \(app.merchantView.title)"
            let content = MerchantContent(app: app, symbols: symbols, width: width, clock: clock).build()
            return ScrollingPane(rect: rect, title: title, content: content, scroll: 0)
        }
        let content = Self.checkoutContent(of: app, rect, screen: screen, view: view)
            .laidOut(reusing: state.laidOutCheckout.value, earlierFields: state.laidOutFields.value).content
        let title = "\(view.title) (\(app.environment.mode == .hostedCard ? "Antom, normalUrl" : app.environment.mode.rawValue))"
        // As `prepareFrame` scrolls, so a frame drawn without it (a headless capture) shows the cursor too.
        let scroll = content.keepingCursorInView(state.checkoutScroll, height: rect.inset(by: 1).height)
        return ScrollingPane(rect: rect, title: title, note: view.amount, content: content, scroll: scroll)
    }

    private func timeline(compact: Bool) -> TimelineView {
        TimelineView(
            entries: state.timeline.entries, clock: clock, compact: compact, linesBack: state.timeline.linesBack,
            selected: state.timeline.selected, rule: symbols.glyphs.horizontal, laidOut: state.timeline.laidOut)
    }

    /// `3/17` when an older entry is picked, nil when the pane follows the newest.
    private var explainPosition: String? {
        state.timeline.selected.map { "\($0 + 1)/\(state.timeline.entries.count)" }
    }

    private static func checkoutContent(of app: CheckoutApp, _ rect: Rect, screen: Size, view: PageView) -> CheckoutContent {
        CheckoutContent(
            view: view,
            inputs: CheckoutContent.Inputs(
                cursor: app.state.cursor, glyphs: app.environment.glyphs, width: max(1, rect.width - 2),
                height: max(0, rect.height - 2), screen: screen, spinnerFrame: app.state.spinnerFrame))
    }

    /// What scrolling the checkout pane needs: its height and its lines laid out (the cursor's among them), with
    /// the page's `view` as the caller already built it.
    static func checkoutViewport(of app: CheckoutApp, size: Size, view: PageView) -> (height: Int, laidOut: LaidOutCheckout)? {
        guard app.state.showsBuyerPage, let layout = layout(of: app, size: size), !app.state.timelineExpanded else { return nil }
        let checkout = checkoutContent(of: app, layout.main, screen: size, view: view)
        let state = app.state
        return (
            layout.main.inset(by: 1).height,
            checkout.laidOut(reusing: state.laidOutCheckout.value, earlierFields: state.laidOutFields.value)
        )
    }

    /// How many lines the timeline has at this size and how many show, for scrolling it.
    func timelineMetrics(size: Size) -> (lineCount: Int, visibleLines: Int) {
        guard let layout = layout(size: size), let rect = layout.timeline else { return (0, 0) }
        let lines = timeline(compact: layout.timelineCompact).lines(width: max(1, rect.width - 2))
        return (lines.count, max(0, rect.height - 2))
    }
}
