import CheckoutDomain

/// The footer's keys: the key map's enabled bindings for the screen or overlay, so it lists only keys that work now.
extension CheckoutApp {
    public var keyHints: [KeyHint] {
        guard AppLayout.fits(state.size) else { return [KeyHint("q", hint(.hintQuit))] }
        return KeyMap.hints(self)
    }

    /// A footer or help text in the session's language, as the merchant's pages and the levers' menus speak it.
    func hint(_ key: StringKey) -> String {
        merchantText.text(key)
    }

    /// What Enter does on `cursor`; nil when it does nothing there.
    func enterLabel(_ cursor: CheckoutStop, _ view: PageView) -> String? {
        switch cursor {
        case .option(let option):
            guard let row = CheckoutStops.row(option, in: view), row.isEnabled else { return nil }
            return hint(row.isSelected ? .hintFillIn : .hintChoose)
        case .field, .saveCard:
            return hint(.hintPay)
        case .button(let index):
            return view.buttons.indices.contains(index) ? view.buttons[index].label : nil
        }
    }
}

extension MerchantControl {
    /// How the footer names it on `stage` (hosted card mode's order page pays, the result page orders again).
    func hintLabel(on stage: MerchantSiteStage) -> StringKey {
        switch self {
        case .newOrder where stage == .choosingCard: .hintPayNewCard
        case .newOrderSavedCard where stage == .choosingCard: .hintPaySavedCard
        case .recheck: .hintCheckAgain
        case .capture: .hintCapture
        case .refund: .hintRefund
        case .cancel: .hintCancelPayment
        case .reopen: .hintOpenAgain
        case .newOrder: .hintNewOrder
        case .newOrderSavedCard: .hintNewOrderSavedCard
        }
    }
}
