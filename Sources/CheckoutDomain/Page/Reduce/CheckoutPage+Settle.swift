import Foundation

/// Ending a payment on the result screen, and transport failures of the page's calls.
extension CheckoutPage {
    /// Ends the flow on the result screen with the event that reports it.
    func settle(_ kind: OutcomeKind, _ response: PayResponse, _ state: inout PageState) -> [PageEffect] {
        let outcome = self.outcome(kind, response, state)
        state.phase = .result(outcome)
        var effects = cancel(.codeCountdown, &state)
        switch kind {
        case .succeeded:
            effects.append(emit(
                .paymentSuccessful, .eventPaymentSuccessful, result: eventResult(outcome, status: .success), into: &state))
        case .failed:
            effects.append(emit(
                .paymentFail, .eventPaymentFail, ["code": outcome.resultCode.rawValue],
                result: eventResult(outcome, status: .failure), into: &state))
        case .processing, .codeExpired:
            effects.append(emit(
                .paymentProcessing, kind == .codeExpired ? .eventCodeExpired : .eventPaymentProcessing,
                result: eventResult(outcome, status: .unknown), into: &state))
        case .abnormal:
            effects.append(emit(
                .paymentError, .eventPaymentError, ["reason": developerText.text(.reasonNoPaymentId)],
                result: eventResult(outcome, status: response.result.resultStatus), into: &state))
        }
        return effects
    }

    func outcome(_ kind: OutcomeKind, _ response: PayResponse, _ state: PageState) -> PaymentOutcome {
        var card = state.attempt?.card
        if let info = response.paymentResultInfo, info.cardNo != nil || info.cardBrand != nil {
            card = CardPaymentResultInfo(info)
        }
        return PaymentOutcome(
            kind: kind, paymentMethodType: state.attempt?.option.paymentMethodType ?? "",
            paymentId: response.paymentId ?? Self.pendingPaymentId(state.phase), resultCode: response.result.resultCode,
            resultMessage: response.result.resultMessage, card: card)
    }

    private static func pendingPaymentId(_ phase: PagePhase) -> String? {
        switch phase {
        case .submitting(.challenge(let payment)), .submitting(.wallet(let payment)), .challenge(let payment),
            .walletPage(let payment):
            payment.paymentId
        case .submitting(.code(let code)), .submitting(.voucher(let code)), .code(let code), .voucher(let code):
            code.payment.paymentId
        case .result(let outcome):
            outcome.paymentId
        default:
            nil
        }
    }

    func callFailed(_ error: APOClientError, _ state: inout PageState) -> [PageEffect] {
        let reason = error.description
        switch state.phase {
        case .loading:
            state.phase = .failed(.loadFailed(reason: reason))
            return [emit(.createComponentError, .eventLoadFailed, ["reason": reason], into: &state)]
        case .submitting(let call):
            var effects: [PageEffect] = []
            switch call {
            case .pay:
                state.phase = .choosing
                state.alert = .networkError(reason: reason)
            case .challenge(let payment): state.phase = .challenge(payment)
            case .wallet(let payment): state.phase = .walletPage(payment)
            case .voucher(let code): state.phase = .voucher(code)
            case .code(let code): effects = showCode(code, &state)
            }
            // The buyer may press again: the APO treats the same payment idempotently.
            return [emit(.submitNetworkError, .eventSubmitNetworkError, ["reason": reason], into: &state)] + effects
        default:
            return []
        }
    }
}
