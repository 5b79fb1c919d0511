import CheckoutDomain

/// What the Checkout Page's keys do (bound in `KeyMap`): moving the cursor, choosing, paying and going back.
extension CheckoutApp {
    /// What Esc does on the page now; nil when it does nothing (the footer then leaves it out).
    enum EscapeAction: Equatable {
        /// From the form back to its method row, so single-letter keys work again.
        case leaveForm
        /// The page's Back: deselect, or leave the redirect confirmation, or retry after a failure.
        case back
        /// The top of the page: the buyer leaves (SDK_PAYMENT_CANCEL).
        case leave

        /// How the footer names it.
        var label: StringKey {
            switch self {
            case .leaveForm: .hintMethodList
            case .back: .hintBack
            case .leave: .hintLeavePage
            }
        }
    }

    var escapeAction: EscapeAction? {
        // APO's card page has no list to step back to: leaving it is its Back to merchant button.
        if state.stage == .cardPage { return nil }
        guard state.stage == .checkout else { return nil }
        if state.cursor?.isInForm == true, state.page.selection != nil { return .leaveForm }
        switch state.page.phase {
        case .choosing: return state.page.selection == nil ? .leave : .back
        case .confirmingRedirect: return .back
        case .result(let outcome) where outcome.kind == .failed: return .back
        case .failed: return .leave
        default: return nil
        }
    }

    /// Steps through `stops`, stopping at either end; from somewhere not among them, goes to the first.
    mutating func moveCursor(by step: Int, in stops: [CheckoutStop]) -> [AppCommand] {
        guard let cursor = state.cursor, let index = stops.firstIndex(of: cursor) else { return place(stops.first) }
        return place(stops[min(max(index + step, 0), stops.count - 1)])
    }

    /// Puts the cursor on `stop`; a field also gets the page's focus, so what the page shows follows the cursor.
    mutating func place(_ stop: CheckoutStop?) -> [AppCommand] {
        guard let stop else { return [] }
        state.cursor = stop
        if case .field(let field) = stop { return sendToPage(.fieldFocused(field)) }
        return []
    }

    /// Enter: choose a row, pay from the form, or press a button.
    mutating func activate(_ stop: CheckoutStop, in view: PageView) -> [AppCommand] {
        switch stop {
        case .option(let option):
            guard let row = CheckoutStops.row(option, in: view), row.isEnabled else { return [] }
            let wasSelected = row.isSelected
            var commands: [AppCommand]
            switch option {
            case .method(let type): commands = send(.page(.methodSelected(type)))
            case .savedCard(let token): commands = send(.page(.savedCardSelected(cardToken: token)))
            }
            // Choosing the chosen row again steps into its form; a form with no fields goes straight to Pay.
            if wasSelected || state.formFocus == nil {
                let form = stopsInScreenOrder.filter(\.isInForm)
                commands += place(form.first ?? .button(0))
            }
            return commands
        case .field, .saveCard:
            return sendToPage(.payPressed)
        case .button(let index):
            guard view.buttons.indices.contains(index) else { return [] }
            return sendToPage(view.buttons[index].action)
        }
    }

    mutating func escape() -> [AppCommand] {
        switch escapeAction {
        case .leaveForm:
            state.cursor = state.page.selection.map(CheckoutStop.option)
            return []
        case .back: return send(.page(.backPressed))
        case .leave: return send(.page(.leavePressed))
        case nil: return []
        }
    }
}
