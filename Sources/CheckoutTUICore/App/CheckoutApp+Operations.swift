import CheckoutDomain

/// The merchant's operations from the keyboard: capture and refund ask how much, cancel asks first.
extension CheckoutApp {
    /// Opens the amount prompt for `operation`, prefilled with what remains.
    mutating func openAmountPrompt(_ operation: MerchantOperationKind) {
        guard let remaining = environment.site.remaining(operation, state.site),
            let currency = environment.page.money.currencies.currency(remaining.currency),
            let limit = AmountRules.minorUnits(remaining), limit > 0
        else { return }
        state.overlay = .amountPrompt(AmountPrompt(operation: operation, currency: currency, remaining: limit))
    }

    mutating func amountPromptKey(_ key: Key, _ prompt: AmountPrompt) -> [AppCommand] {
        var prompt = prompt
        switch key {
        case .escape:
            state.overlay = nil
            return []
        case .enter:
            switch prompt.entry {
            case .success(let amount):
                state.overlay = nil
                return send(.operationRequested(prompt.operation == .capture ? .capture(amount) : .refund(amount)))
            case .failure(let problem):
                prompt.problem = problem
            }
        case .backspace: prompt.erase()
        case .character(let character): prompt.type(character)
        default: break
        }
        state.overlay = .amountPrompt(prompt)
        return []
    }

    /// `x`: cancelling cannot be undone, so it takes a deliberate `y`.
    mutating func confirmCancelKey(_ key: Key) -> [AppCommand] {
        switch key {
        case .character("y"), .character("Y"):
            state.overlay = nil
            return send(.operationRequested(.cancel))
        case .character("n"), .character("N"), .escape, .enter, .character("q"):
            state.overlay = nil
        default:
            break
        }
        return []
    }
}
