import CheckoutDomain

/// The footer's keys, derived from the same state the key handlers read, so it lists only keys that work now.
extension CheckoutApp {
    public var keyHints: [KeyHint] {
        guard AppLayout.fits(state.size) else { return [KeyHint("q", "quit")] }
        switch state.overlay {
        case .help: return [KeyHint("Esc", "close")]
        case .confirmQuit: return [KeyHint("y", "quit"), KeyHint("n", "stay")]
        case .outcomePicker(let picker): return outcomePickerHints(picker)
        case .timeTravel: return [KeyHint("↑/↓", "move"), KeyHint("Enter", "jump"), KeyHint("1-5", "jump"), KeyHint("Esc", "close")]
        case nil: break
        }
        if state.timelineExpanded {
            let moving = state.explaining
                ? [KeyHint("↑/↓", "pick entry"), KeyHint("End", "newest")]
                : [KeyHint("↑/↓", "scroll"), KeyHint("PgUp/PgDn", "page"), KeyHint("End", "newest")]
            return moving + [KeyHint("t/Esc", "close"), KeyHint("?", "help")] + qaHints + [KeyHint("q", "quit")]
        }
        if state.typing { return typingHints }
        var hints: [KeyHint]
        switch state.stage {
        case .checkout: hints = checkoutHints
        case .merchantResult, .pageLeft: hints = merchantHints
        case .creatingSession, .sessionFailed: hints = []
        }
        return hints + [KeyHint("t", "timeline"), KeyHint("?", "help")] + qaHints + [KeyHint("q", "quit")]
    }

    /// The QA levers, on every screen but text fields; with the pane shown, paging picks the entry explained.
    private var qaHints: [KeyHint] {
        let explain = state.explaining
            ? [KeyHint("e", "hide explain"), KeyHint("PgUp/PgDn", "pick entry")] : [KeyHint("e", "explain")]
        return explain + [KeyHint("f", "force outcome"), KeyHint("T", "time travel")]
    }

    private func outcomePickerHints(_ picker: OutcomePicker) -> [KeyHint] {
        let close = picker.level == .declineCodes ? KeyHint("Esc", "back") : KeyHint("Esc", "close")
        return [KeyHint("↑/↓", "move"), KeyHint("Enter", "force"), KeyHint("1-\(picker.rowCount)", "force"), close]
    }

    private var typingHints: [KeyHint] {
        var hints = [KeyHint("Tab", "next field"), KeyHint("S-Tab", "previous"), KeyHint("Enter", "pay")]
        if escapeAction == .leaveForm { hints.append(KeyHint("Esc", "method list")) }
        return hints + [KeyHint("↑/↓", "move"), KeyHint("Ctrl-C", "quit")]
    }

    private var checkoutHints: [KeyHint] {
        let view = pageView
        let stops = CheckoutStops.inScreenOrder(view)
        var hints: [KeyHint] = []
        if stops.count > 1 { hints.append(KeyHint("↑/↓", "move")) }
        if let cursor = state.cursor, let label = enterLabel(cursor, view) { hints.append(KeyHint("Enter", label)) }
        if state.cursor == .saveCard { hints.append(KeyHint("Space", "toggle")) }
        if stops.contains(where: \.isInForm) { hints.append(KeyHint("Tab", "fields")) }
        switch escapeAction {
        case .leaveForm: hints.append(KeyHint("Esc", "method list"))
        case .back: hints.append(KeyHint("Esc", "back"))
        case .leave: hints.append(KeyHint("Esc", "leave page"))
        case nil: break
        }
        return hints
    }

    private func enterLabel(_ cursor: CheckoutStop, _ view: PageView) -> String? {
        switch cursor {
        case .option(let option):
            guard let row = CheckoutStops.row(option, in: view), row.isEnabled else { return nil }
            return row.isSelected ? "fill in" : "choose"
        case .field, .saveCard:
            return "pay"
        case .button(let index):
            return view.buttons.indices.contains(index) ? view.buttons[index].label : nil
        }
    }

    private var merchantHints: [KeyHint] {
        let controls = merchantControls
        var hints: [KeyHint] = []
        if controls.count > 1 { hints.append(KeyHint("↑/↓", "move")) }
        if state.operations.inFlight == nil {
            if controls.count > 0 { hints.append(KeyHint("Enter", "press")) }
            hints += controls.map { KeyHint(String($0.hotkey), $0.hintLabel) }
        }
        return hints
    }
}

extension MerchantControl {
    /// How the footer and the buttons name it.
    var hintLabel: String {
        switch self {
        case .recheck: "check again"
        case .capture: "capture"
        case .refund: "refund"
        case .cancel: "cancel payment"
        case .reopen: "open checkout again"
        }
    }
}
