import CheckoutDomain

/// Routing a key: quitting and resizing first, then an open overlay, a text field, the global commands, the
/// full-screen timeline, and finally the current screen.
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
        if let overlay = state.overlay { return overlayKey(key, overlay) }
        if state.typing, let commands = typingKey(key) { return commands }
        if let commands = globalKey(key) { return commands }
        if state.timelineExpanded { return timelineKey(key) }
        switch state.stage {
        case .checkout: return checkoutKey(key)
        case .merchantResult, .pageLeft: return merchantKey(key)
        case .creatingSession, .sessionFailed: return []
        }
    }

    /// `q`: quits at once, unless a payment is in flight, when it asks first.
    private mutating func requestQuit() {
        if state.paymentInFlight {
            state.overlay = .confirmQuit
        } else {
            finish()
        }
    }

    private mutating func overlayKey(_ key: Key, _ overlay: Overlay) -> [AppCommand] {
        switch overlay {
        case .outcomePicker(let picker): return outcomePickerKey(key, picker)
        case .timeTravel(let menu): return timeTravelKey(key, menu)
        case .help:
            if [.escape, .enter, .character("?"), .character("q")].contains(key) { state.overlay = nil }
        case .confirmQuit:
            switch key {
            case .character("y"), .character("Y"): finish()
            // Anything that could be a reflex (Enter, Esc, q again) keeps the payment: quitting takes a deliberate y.
            case .character("n"), .character("N"), .escape, .enter, .character("q"): state.overlay = nil
            default: break
            }
        }
        return []
    }

    /// Printable keys and Backspace edit the field under the cursor; nil lets other keys through.
    private mutating func typingKey(_ key: Key) -> [AppCommand]? {
        guard case .field(let field)? = state.cursor else { return nil }
        switch key {
        case .character(let character): return sendToPage(.keysTyped(field, String(character)))
        case .backspace: return sendToPage(.backspacePressed(field))
        // The field edits only at its end, so these have nothing to do; they are swallowed, not commands.
        case .left, .right, .home, .end, .delete: return []
        default: return nil
        }
    }

    /// Keys that work on every screen when no text field has the cursor.
    private mutating func globalKey(_ key: Key) -> [AppCommand]? {
        switch key {
        case .character("?"):
            state.overlay = .help
        case .character("q"):
            requestQuit()
        case .character("t"):
            state.timelineExpanded.toggle()
            state.timeline.follow()
        case .character("e"):
            toggleExplain()
        case .character("f"):
            return openOutcomePicker()
        case .character("T"):
            openTimeTravel()
        // With the explain pane shown, paging picks the entry it explains; otherwise it scrolls.
        case .pageUp:
            if state.explaining { selectTimelineEntry(by: -1) } else { scrollTimeline(by: timelinePageSize) }
        case .pageDown:
            if state.explaining { selectTimelineEntry(by: 1) } else { scrollTimeline(by: -timelinePageSize) }
        default:
            return nil
        }
        return []
    }

    private mutating func timelineKey(_ key: Key) -> [AppCommand] {
        if state.explaining { return timelineSelectionKey(key) }
        switch key {
        case .up, .character("k"): scrollTimeline(by: 1)
        case .down, .character("j"): scrollTimeline(by: -1)
        case .home: scrollTimeline(by: Int.max / 2)
        case .end: state.timeline.follow()
        case .escape: state.timelineExpanded = false
        default: break
        }
        return []
    }

    /// The full-screen timeline with the explain pane: the arrows pick the entry explained.
    private mutating func timelineSelectionKey(_ key: Key) -> [AppCommand] {
        switch key {
        case .up, .character("k"): selectTimelineEntry(by: -1)
        case .down, .character("j"): selectTimelineEntry(by: 1)
        case .home: selectTimelineEntry(by: -state.timeline.entries.count)
        case .end: state.timeline.follow()
        case .escape: state.timelineExpanded = false
        default: break
        }
        return []
    }

    mutating func scrollTimeline(by lines: Int) {
        let metrics = AppView(app: self).timelineMetrics(size: state.size)
        state.timeline.scroll(by: lines, limit: metrics.lineCount - metrics.visibleLines)
    }

    private var timelinePageSize: Int {
        max(1, AppView(app: self).timelineMetrics(size: state.size).visibleLines - 1)
    }

    private mutating func merchantKey(_ key: Key) -> [AppCommand] {
        let controls = merchantControls
        if case .character(let letter) = key, let control = controls.first(where: { $0.hotkey == letter }) {
            return press(control)
        }
        let index = state.merchantCursor.flatMap { controls.firstIndex(of: $0) }
        switch key {
        case .up, .left, .backTab, .character("k"):
            if let index, index > 0 { state.merchantCursor = controls[index - 1] }
        case .down, .right, .tab, .character("j"):
            if let index, index + 1 < controls.count { state.merchantCursor = controls[index + 1] }
        case .enter, .character(" "):
            if let control = state.merchantCursor { return press(control) }
        default:
            break
        }
        return []
    }
}
