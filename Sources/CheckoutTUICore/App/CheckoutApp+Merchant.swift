import CheckoutDomain

/// The controls on the merchant's own pages: what the site offers now, and pressing them.
extension CheckoutApp {
    /// The controls the merchant's current page offers, in screen order.
    public var merchantControls: [MerchantControl] {
        state.builtMerchantControls.value ?? freshMerchantControls
    }

    /// The controls as the site's state offers them now.
    private var freshMerchantControls: [MerchantControl] {
        switch state.stage {
        case .pageLeft: return state.session?.paymentSessionData == nil ? [] : [.reopen]
        case .choosingCard: return [.newOrder] + (state.site.savedCard == nil ? [] : [.newOrderSavedCard])
        case .merchantResult:
            let recheck = merchantView.buttons.contains { $0.action == .recheckPressed }
            let orders: [MerchantControl] =
                environment.site.offersNewOrder(state.site)
                ? [.newOrder] + (state.site.savedCard == nil ? [] : [.newOrderSavedCard]) : []
            return (recheck ? [.recheck] : []) + environment.site.offeredOperations(state.site).compactMap(MerchantControl.init)
                + orders
        default: return []
        }
    }

    mutating func press(_ control: MerchantControl) -> [AppCommand] {
        guard merchantControls.contains(control), state.operations.inFlight == nil else { return [] }
        state.merchantCursor = control
        switch control {
        case .recheck: return send(.result(.recheckPressed))
        case .reopen: return send(.reopenPressed)
        case .newOrder: return send(.newOrderPressed(withSavedCard: false))
        case .newOrderSavedCard: return send(.newOrderPressed(withSavedCard: true))
        case .capture: openAmountPrompt(.capture)
        case .refund: openAmountPrompt(.refund)
        case .cancel: state.overlay = .confirmCancel
        }
        return []
    }
}

extension MerchantControl {
    /// The result page's control for an operation the site offers.
    init?(_ operation: MerchantOperationKind) {
        switch operation {
        case .capture: self = .capture
        case .refund: self = .refund
        case .cancel: self = .cancel
        case .inquire: return nil
        }
    }
}
