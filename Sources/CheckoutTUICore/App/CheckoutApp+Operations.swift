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

    /// The amount prompt, when it is open.
    var amountPrompt: AmountPrompt? {
        if case .amountPrompt(let prompt) = state.overlay { return prompt }
        return nil
    }

    /// Changes the open amount prompt's text.
    mutating func editAmountPrompt(_ change: (inout AmountPrompt) -> Void) {
        guard var prompt = amountPrompt else { return }
        change(&prompt)
        state.overlay = .amountPrompt(prompt)
    }

    /// Enter: the amount goes to the site as the staff's capture or refund, or the prompt stays open saying why not.
    mutating func submitAmount() -> [AppCommand] {
        guard var prompt = amountPrompt else { return [] }
        switch prompt.entry {
        case .success(let amount):
            state.overlay = nil
            return send(.operationRequested(prompt.operation == .capture ? .capture(amount) : .refund(amount)))
        case .failure(let problem):
            prompt.problem = problem
            state.overlay = .amountPrompt(prompt)
            return []
        }
    }
}
