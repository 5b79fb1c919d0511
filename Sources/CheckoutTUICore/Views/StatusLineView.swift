import CheckoutDomain

/// One line above the footer saying what just happened and what to do, with the last SDK event code.
///
/// `app` is a parameter, not a stored property, as in `HeaderView`.
struct StatusLineView {
    let symbols: Symbols

    func draw(_ app: CheckoutApp, into frame: inout RenderedFrame, rect: Rect) {
        let (text, busy) = Self.message(app)
        let icon = busy ? symbols.spinner(app.state.spinnerFrame) : symbols.glyphs.bullet.description
        // The sentence comes first; the last event code shows in whatever room it leaves.
        let room = rect.width - 3 - text.displayWidth - 2
        var right = ""
        if let code = app.state.timeline.entries.last(where: { $0.source == .sdk })?.title {
            right = ["last event \(code) ", "\(code) "].first { $0.displayWidth <= room } ?? ""
        }
        let rightWidth = right.displayWidth
        if rightWidth > 0 {
            frame.text(right, in: Rect(x: rect.maxX - rightWidth, y: rect.minY, width: rightWidth, height: 1), style: .muted)
        }
        let left = Rect(x: rect.minX, y: rect.minY, width: rect.width - rightWidth - 1, height: 1)
        let end = frame.text(" \(icon) ", in: left, style: busy ? .accent : .muted)
        frame.text(text, in: Rect(x: end, y: rect.minY, width: left.maxX - end, height: 1), style: Style(.normal, bold: true))
    }

    /// The sentence, and whether something is being waited for.
    private static func message(_ app: CheckoutApp) -> (String, Bool) {
        let state = app.state
        switch state.stage {
        case .creatingSession:
            let calling: StringKey = app.environment.mode == .hostedCard ? .merchantStatusCallingPay : .merchantStatusCreatingSession
            return (app.merchantText.text(calling), true)
        case .sessionFailed:
            let failed: StringKey = app.environment.mode == .hostedCard ? .merchantStatusPayFailed : .merchantStatusSessionFailed
            return (app.merchantText.text(failed), false)
        case .checkout:
            let waiting: Bool
            switch state.page.phase {
            case .loading, .submitting: waiting = true
            default: waiting = false
            }
            return (app.pageView.status, waiting)
        case .cardPage:
            if case .submitting = state.site.cardPage.phase { return (app.pageView.status, true) }
            return (app.pageView.status, false)
        case .pageLeft:
            return (app.merchantText.text(.merchantStatusPageLeft), false)
        case .choosingCard:
            return (app.merchantText.text(.merchantStatusChooseCard), false)
        case .merchantResult:
            return (app.merchantView.status, state.merchant.awaitingAnswer || state.operations.inFlight != nil)
        }
    }
}
