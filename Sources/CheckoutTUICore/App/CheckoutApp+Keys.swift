import CheckoutDomain

/// Routing a key: quitting and resizing first, then the key map (`KeyMap`), where an open overlay takes every key.
extension CheckoutApp {
    mutating func handle(_ key: Key) -> [AppCommand] {
        switch key {
        case .terminate, .ctrl("c"):
            finish()
            return []
        case .resize(let size):
            state.size = size
            return []
        case .mouse(let x, let y, let kind):
            return mouse(x: x, y: y, kind: kind)
        default:
            break
        }
        guard AppLayout.fits(state.size) else {
            // Only quitting makes sense until the terminal is big enough again.
            if key == .character("q") { finish() }
            return []
        }
        return KeyMap.perform(key, on: &self) ?? []
    }

    /// `q`: quits at once, unless a payment is in flight, when it asks first.
    mutating func requestQuit() {
        if state.paymentInFlight {
            state.overlay = .confirmQuit
        } else {
            finish()
        }
    }

    /// `t`: the timeline full-screen, or back; either way it shows the newest entries.
    mutating func toggleTimeline() -> [AppCommand] {
        state.timelineExpanded.toggle()
        state.timeline.follow()
        return []
    }

    mutating func scrollTimeline(by lines: Int) {
        let metrics = AppView(app: self).timelineMetrics(size: state.size)
        state.timeline.scroll(by: lines, limit: metrics.lineCount - metrics.visibleLines)
    }

    var timelinePageSize: Int {
        max(1, AppView(app: self).timelineMetrics(size: state.size).visibleLines - 1)
    }
}
