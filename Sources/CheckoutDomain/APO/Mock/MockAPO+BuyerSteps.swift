import Foundation

/// What the buyer does after submitting: the 3DS challenge page and the wallet or bank page.
extension MockAPO {
    public func completeChallenge(paymentId: String, outcome: ChallengeOutcome) async throws(APOClientError)
        -> PayResponse
    {
        try buyerStep(.completeChallenge, paymentId: paymentId, action: outcome.rawValue) { payment, now in
            guard payment.status == .processing && payment.waitingFor == .challenge else {
                return "ignored, the payment is \(payment.status.rawValue) and waits for no challenge"
            }
            switch outcome {
            case .pass:
                let result = threeDS(
                    brand: payment.card?.brand ?? "", seed: (payment.card?.maskedCardNo ?? "") + paymentId,
                    challenged: true)
                // A declining test card still passes through the challenge, then the issuer declines it.
                if let profile = payment.card?.profileKey.flatMap(testCards.profile(forKey:)), profile.outcome == .fail {
                    updatePayment(paymentId) { $0.threeDSResult = result }
                    let code = profile.failureCode ?? ResultCode.doNotHonor
                    fail(paymentId, at: now, code: code, message: Self.message(for: code))
                } else {
                    succeed(paymentId, at: now, threeDS: result)
                }
            case .fail:
                // Seeds 001 and 002: "If the buyer fails to verify their identity after being redirected to the 3D
                // authentication page, APO will only send an asynchronous notification after the order is closed."
                fail(
                    paymentId, at: now, code: ResultCode.userPaymentVerificationFailed,
                    message: Self.message(for: ResultCode.userPaymentVerificationFailed), notifyAt: payment.closesAt)
            case .abandon:
                return "the payment stays PROCESSING until \(iso(payment.closesAt))"
            }
            return nil
        }
    }

    public func completeRedirect(paymentId: String, action: WalletAction) async throws(APOClientError) -> PayResponse {
        try buyerStep(.completeRedirect, paymentId: paymentId, action: action.rawValue) { payment, now in
            guard payment.status == .processing && (payment.waitingFor == .redirect || payment.waitingFor == .orderCode)
            else { return "ignored, the payment is \(payment.status.rawValue) and waits for no wallet" }
            switch action {
            case .approve:
                guard let delay = payment.delayAfterBuyer else {
                    succeed(paymentId, at: now, threeDS: nil)
                    break
                }
                // Forced processing-then-success: the buyer has paid, the final result is still on its way.
                updatePayment(paymentId) {
                    $0.status = .pending
                    $0.waitingFor = .delayedResult
                    $0.settlesAt = now.addingTimeInterval(delay)
                    $0.delayAfterBuyer = nil
                }
                if let current = state.payments[paymentId] { enqueuePaymentNotification(current, at: now) }
                return "PENDING until \(iso(now.addingTimeInterval(delay))) (forced processing, then success)"
            case .decline:
                fail(
                    paymentId, at: now, code: ResultCode.userBalanceNotEnough,
                    message: Self.message(for: ResultCode.userBalanceNotEnough))
            case .abandon:
                return "the payment stays PROCESSING until \(iso(payment.closesAt))"
            }
            return nil
        }
    }

    /// The shape both buyer steps share: settle, find the payment, act on it, log the page call with `action` and
    /// what `act` adds, and answer with the payment's state. `act` returns an extra note, or nil.
    private func buyerStep(
        _ call: PageCall, paymentId: String, action: String, _ act: (PaymentRecord, Date) -> String?
    ) throws(APOClientError) -> PayResponse {
        let api = call.rawValue
        return try transact(restoring: [paymentId], onStoreFailure: { PayResponse(result: $0) }) {
            now -> Result<PayResponse, APOClientError> in
            settle(now: now)
            guard let payment = state.payments[paymentId] else {
                let response = PayResponse(result: Self.orderNotExist, paymentId: paymentId)
                log(.pageCall, api, at: now, paymentId: paymentId, result: response.result, "\(action): unknown payment")
                return .success(response)
            }
            let note = act(payment, now).map { "\(action): \($0)" } ?? action
            let response = renderPay(state.payments[paymentId] ?? payment)
            log(
                .pageCall, api, at: now, paymentRequestId: payment.paymentRequestId, paymentId: paymentId,
                result: response.result, note)
            return .success(response)
        }.get()
    }
}
