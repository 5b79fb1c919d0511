import Foundation

/// What the buyer does after submitting: the 3DS challenge page and the wallet or bank page.
extension MockAPO {
    // MARK: - Page: 3DS challenge and wallet pages

    public func completeChallenge(paymentId: String, outcome: ChallengeOutcome) async throws(APOClientError)
        -> PayResponse
    {
        try transact(onStoreFailure: { PayResponse(result: $0) }) { now -> Result<PayResponse, APOClientError> in
            settle(now: now)
            guard let payment = state.payments[paymentId] else {
                let response = PayResponse(result: Self.orderNotExist, paymentId: paymentId)
                log(
                    .pageCall, "completeChallenge", at: now, paymentId: paymentId, result: response.result,
                    "\(outcome.rawValue): unknown payment")
                return .success(response)
            }
            var note = outcome.rawValue
            if payment.status == .processing && payment.waitingFor == .challenge {
                switch outcome {
                case .pass:
                    let result = threeDS(
                        brand: payment.card?.brand ?? "", seed: (payment.card?.maskedCardNo ?? "") + paymentId,
                        challenged: true)
                    let profile = payment.card?.profileKey.flatMap(testCards.profile(forKey:))
                    if let profile, profile.outcome == .fail {
                        updatePayment(paymentId) { $0.threeDSResult = result }
                        let code = profile.failureCode ?? ResultCode.doNotHonor
                        fail(paymentId, at: now, code: code, message: Self.message(for: code))
                    } else {
                        succeed(paymentId, at: now, threeDS: result)
                    }
                case .fail:
                    fail(
                        paymentId, at: now, code: ResultCode.userPaymentVerificationFailed,
                        message: Self.message(for: ResultCode.userPaymentVerificationFailed))
                case .abandon:
                    note += ": the payment stays PROCESSING until \(iso(payment.closesAt))"
                }
            } else {
                note += ": ignored, the payment is \(payment.status.rawValue) and waits for no challenge"
            }
            let response = renderPay(state.payments[paymentId] ?? payment)
            log(
                .pageCall, "completeChallenge", at: now, paymentRequestId: payment.paymentRequestId,
                paymentId: paymentId, result: response.result, note)
            return .success(response)
        }.get()
    }

    public func completeRedirect(paymentId: String, action: WalletAction) async throws(APOClientError) -> PayResponse {
        try transact(onStoreFailure: { PayResponse(result: $0) }) { now -> Result<PayResponse, APOClientError> in
            settle(now: now)
            guard let payment = state.payments[paymentId] else {
                let response = PayResponse(result: Self.orderNotExist, paymentId: paymentId)
                log(
                    .pageCall, "completeRedirect", at: now, paymentId: paymentId, result: response.result,
                    "\(action.rawValue): unknown payment")
                return .success(response)
            }
            var note = action.rawValue
            if payment.status == .processing && (payment.waitingFor == .redirect || payment.waitingFor == .orderCode) {
                switch action {
                case .approve:
                    succeed(paymentId, at: now, threeDS: nil)
                case .decline:
                    fail(
                        paymentId, at: now, code: ResultCode.userBalanceNotEnough,
                        message: Self.message(for: ResultCode.userBalanceNotEnough))
                case .abandon:
                    note += ": the payment stays PROCESSING until \(iso(payment.closesAt))"
                }
            } else {
                note += ": ignored, the payment is \(payment.status.rawValue) and waits for no wallet"
            }
            let response = renderPay(state.payments[paymentId] ?? payment)
            log(
                .pageCall, "completeRedirect", at: now, paymentRequestId: payment.paymentRequestId,
                paymentId: paymentId, result: response.result, note)
            return .success(response)
        }.get()
    }
}
