import CheckoutDomain

/// The footer's keys: the overlays' own, else the key map's enabled bindings, so it lists only keys that work now.
extension CheckoutApp {
    public var keyHints: [KeyHint] {
        guard AppLayout.fits(state.size) else { return [KeyHint("q", "quit")] }
        switch state.overlay {
        case .help: return [KeyHint("Esc", "close")]
        case .confirmQuit: return [KeyHint("y", "quit"), KeyHint("n", "stay")]
        case .outcomePicker(let picker): return outcomePickerHints(picker)
        case .timeTravel: return [KeyHint("↑/↓", "move"), KeyHint("Enter", "jump"), KeyHint("1-5", "jump"), KeyHint("Esc", "close")]
        case .amountPrompt(let prompt):
            // A currency without a minor unit (JPY, KRW) takes no decimal point, so the hint offers none.
            let digits = prompt.currency.minorUnits > 0 ? "0-9 ." : "0-9"
            return [KeyHint(digits, "amount"), KeyHint("Backspace", "erase"), KeyHint("Enter", prompt.operation.rawValue), KeyHint("Esc", "back")]
        case .confirmCancel: return [KeyHint("y", "cancel payment"), KeyHint("n", "keep it")]
        case nil: break
        }
        return KeyMap.hints(self)
    }

    private func outcomePickerHints(_ picker: OutcomePicker) -> [KeyHint] {
        let close = picker.level == .declineCodes ? KeyHint("Esc", "back") : KeyHint("Esc", "close")
        return [KeyHint("↑/↓", "move"), KeyHint("Enter", "force"), KeyHint("1-\(picker.rowCount)", "force"), close]
    }

    /// What Enter does on `cursor`; nil when it does nothing there.
    func enterLabel(_ cursor: CheckoutStop, _ view: PageView) -> String? {
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
