import CheckoutDomain

/// Keeping the cursor on something that exists after every message, and the checkout pane scrolled to it for
/// every frame.
extension CheckoutApp {
    /// Settles both cursors from one view-model of the page, kept for the next key's handler and the frame until
    /// the site changes again (`AppState.site`). The scroll is left to the frame (`prepareFrame`): only a layout
    /// says where the cursor's lines are, and a message the terminal never shows (`play` runs dozens a second)
    /// need not lay the page out.
    mutating func settle() {
        if state.stage == .merchantResult, state.builtMerchantView.value == nil { state.builtMerchantView.value = merchantView }
        let controls = merchantControls
        state.builtMerchantControls.value = controls
        if !(state.merchantCursor.map(controls.contains) ?? false) { state.merchantCursor = controls.first }
        guard state.showsBuyerPage else {
            state.checkoutScroll = 0
            return
        }
        let view = pageView
        state.builtPageView.value = view
        settleCursor(in: view)
    }

    /// Lays the checkout pane out for a frame of `size` and scrolls it only as far as needed to show the cursor's
    /// lines (a field with its error, a first row with its section title), from where the last frame left it. The
    /// layout is kept for the frame, which then draws without laying out again.
    public mutating func prepareFrame(size: Size) {
        guard state.showsBuyerPage else { return }
        // Form input leaves the view to the frame (`update`); built here, it serves the whole frame.
        let view = pageView
        state.builtPageView.value = view
        guard let viewport = AppView.checkoutViewport(of: self, size: size, view: view) else {
            state.checkoutScroll = 0
            return
        }
        state.checkoutScroll = viewport.laidOut.content.keepingCursorInView(state.checkoutScroll, height: viewport.height)
        state.laidOutCheckout.value = viewport.laidOut
        state.laidOutFields.value = viewport.laidOut.fields
    }

    /// What is wrong with where the cursor stands on the page built afresh from the site, or nil: it is on one of
    /// the page's stops, or nowhere when the page has none, and the stops kept for Tab are the page's. The key
    /// fuzzing's invariant (`KeysExplorer`), which also holds `update` to leaving form input unsettled.
    public var cursorProblem: String? {
        guard state.showsBuyerPage else { return nil }
        let stops = CheckoutStops.inScreenOrder(freshPageView)
        if let kept = state.pageStops.value, kept != stops {
            return "the stops kept since the last settling, \(kept), are not the page's, \(stops)"
        }
        guard let cursor = state.cursor else { return stops.isEmpty ? nil : "no cursor on a page with \(stops.count) stops" }
        return stops.contains(cursor) ? nil : "the cursor is on \(cursor), which the page does not have (\(stops))"
    }

    /// The page's stops, top to bottom: those of the last settling, while only form input has come since.
    var stopsInScreenOrder: [CheckoutStop] {
        state.pageStops.value ?? CheckoutStops.inScreenOrder(pageView)
    }

    /// The stops Tab steps through, from the same kept list: the form, then the buttons.
    var stopsInTabOrder: [CheckoutStop] { CheckoutStops.inTabOrder(stopsInScreenOrder) }

    private mutating func settleCursor(in view: PageView) {
        let stops = CheckoutStops.inScreenOrder(view)
        state.pageStops.value = stops
        if let cursor = state.cursor, stops.contains(cursor) { return }
        state.cursor = defaultStop(stops)
    }

    /// The page's focused field, else the chosen row, else the first thing on the page.
    private func defaultStop(_ stops: [CheckoutStop]) -> CheckoutStop? {
        if let focus = state.formFocus, stops.contains(.field(focus)) { return .field(focus) }
        if let selection = state.page.selection, stops.contains(.option(selection)) { return .option(selection) }
        return stops.first
    }
}
