import CheckoutDomain

/// Keeping the cursor on something that exists and the checkout pane scrolled to it, after every message.
extension CheckoutApp {
    /// Settles both cursors and the scroll from one view-model of the page and one layout of its pane, built once
    /// for the message rather than once for the cursor and again for the scroll. The view-models are kept for the
    /// next key's handler and the frame until the site changes again (`AppState.site`).
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
        settleScroll(in: view)
    }

    private mutating func settleCursor(in view: PageView) {
        let stops = CheckoutStops.inScreenOrder(view)
        if let cursor = state.cursor, stops.contains(cursor) { return }
        state.cursor = defaultStop(stops)
    }

    /// The page's focused field, else the chosen row, else the first thing on the page.
    private func defaultStop(_ stops: [CheckoutStop]) -> CheckoutStop? {
        if let focus = state.formDraft?.focus, stops.contains(.field(focus)) { return .field(focus) }
        if let selection = state.page.selection, stops.contains(.option(selection)) { return .option(selection) }
        return stops.first
    }

    /// Scrolls the checkout pane only as far as needed to show the cursor's lines (a field with its error,
    /// a first row with its section title).
    private mutating func settleScroll(in view: PageView) {
        guard let viewport = AppView.checkoutViewport(of: self, size: state.size, view: view) else {
            state.checkoutScroll = 0
            return
        }
        let content = viewport.laidOut.content
        var top = min(state.checkoutScroll, max(0, content.lines.count - viewport.height))
        if let focus = content.cursorLines {
            if focus.lowerBound < top { top = focus.lowerBound }
            if focus.upperBound > top + viewport.height { top = min(focus.lowerBound, focus.upperBound - viewport.height) }
        }
        state.checkoutScroll = max(0, top)
        state.laidOutCheckout.value = viewport.laidOut
        state.laidOutFields.value = viewport.laidOut.fields
    }
}
