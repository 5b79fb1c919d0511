import Foundation

/// Back, retry, leaving the page and returning to the merchant.
extension CheckoutPage {
    /// After a FAIL the buyer fixes the form and pays again (CKP guide: "Guide buyers to retry the payment").
    func retry(_ state: inout PageState) -> [PageEffect] {
        guard case .result(let outcome) = state.phase, outcome.kind == .failed else { return [] }
        if sessionIsOver(state) { return expire(whileOpen: true, &state) }
        state.phase = .choosing
        if let option = state.selection, var draft = state.drafts[option] {
            // The CVV is typed again for every attempt; the rest of the form stays as it was.
            draft.cvv = SecretDigits()
            let fields = layout(of: option, state).fields
            draft.focus = fields.contains(.cvv) ? .cvv : fields.first
            state.drafts[option] = draft
        }
        return []
    }

    func back(_ state: inout PageState) -> [PageEffect] {
        switch state.phase {
        case .choosing:
            state.selection = nil
            clearTransientAlert(&state)
            return []
        case .confirmingRedirect:
            state.phase = .choosing
            return []
        case .result(let outcome) where outcome.kind == .failed:
            return retry(&state)
        default:
            return []
        }
    }

    /// The buyer closes the page. Without a payment under way that is `SDK_PAYMENT_CANCEL`; mid-payment
    /// (3DS, wallet page, QR code) the buyer must finish or abandon that step first, so it is ignored.
    func leave(_ state: inout PageState) -> [PageEffect] {
        switch state.phase {
        case .choosing, .confirmingRedirect:
            state.phase = .closed
            return cancel(.sessionExpiry, &state) + [emit(.paymentCancel, .eventPaymentCancel, into: &state)]
        case .result(let outcome) where outcome.kind == .failed:
            state.phase = .closed
            return cancel(.sessionExpiry, &state) + [emit(.paymentCancel, .eventPaymentCancel, into: &state)]
        case .result, .voucher, .failed, .loading:
            state.phase = .closed
            return cancel(.sessionExpiry, &state) + cancel(.codeCountdown, &state)
        default:
            return []
        }
    }

    /// "Back to merchant" on the result page: the event, then the host goes to `paymentRedirectUrl`.
    func backToMerchant(_ state: inout PageState) -> [PageEffect] {
        switch state.phase {
        case .result, .voucher: break
        default: return []
        }
        var effects = [emit(.paymentClickBackToMerchant, .eventBackToMerchant, into: &state)]
        guard let url = state.session?.request.paymentRedirectUrl, PayResponseReader.isWebURL(url) else {
            // Reference §4: SDK_CALL_URL_ERROR when paymentRedirectUrl is missing or wrong.
            effects.append(emit(.callURLError, .eventCallURLErrorNoRedirect, into: &state))
            return effects
        }
        state.phase = .closed
        effects += cancel(.sessionExpiry, &state) + cancel(.codeCountdown, &state)
        effects.append(.navigate(url: url))
        effects.append(emit(.callURLSuccess, .eventCallURLSuccessMerchant, into: &state))
        return effects
    }
}
