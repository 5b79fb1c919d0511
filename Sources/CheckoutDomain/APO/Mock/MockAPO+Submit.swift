import Foundation

/// The Checkout Page pressing Pay: a submission becomes a payment under the session's paymentRequestId.
extension MockAPO {
    // MARK: - Page: submitPayment

    public func submitPayment(_ submission: PaymentSubmission) async throws(APOClientError) -> PayResponse {
        // Pressing Pay again answers with the session's last payment while it has not failed.
        let last = state.sessions[submission.paymentSessionId]?.paymentIds.last
        return try transact(
            guarding: submission.card.map { [$0.number] } ?? [], restoring: [last],
            onStoreFailure: { PayResponse(result: $0) }
        ) {
            now -> Result<PayResponse, APOClientError> in
            settle(now: now)
            let (response, note) = submit(submission, now: now)
            log(
                .pageCall, PageCall.submitPayment.rawValue, at: now, paymentRequestId: response.paymentRequestId,
                paymentId: response.paymentId, result: response.result,
                "\(submission.paymentMethodType): \(note ?? response.result.resultMessage ?? response.result.resultCode.rawValue)"
            )
            return .success(response)
        }.get()
    }

    private func submit(_ submission: PaymentSubmission, now: Date) -> (PayResponse, String?) {
        guard let session = state.sessions[submission.paymentSessionId] else {
            return (PayResponse(result: Self.sessionNotFound(submission.paymentSessionId)), nil)
        }
        guard now < session.expiresAt else {
            return (PayResponse(result: sessionExpired(session), paymentRequestId: session.paymentRequestId), nil)
        }
        if let lastId = session.paymentIds.last, let last = state.payments[lastId], last.status != .fail {
            return (renderPay(last), "payment \(lastId) is \(last.status.rawValue); its state is returned")
        }
        let request = session.request
        let metadata = request.availablePaymentMethod?.paymentMethodMetaData
        let tokenize = metadata?.tokenize ?? .disabled
        if submission.saveCard && tokenize != .askForConsent {
            log(
                .skipped, PageCall.submitPayment.rawValue, at: now, paymentRequestId: session.paymentRequestId,
                "saveCard ignored: the session's tokenizeMode is \(tokenize.rawValue), not ASKFORCONSENT")
        }
        var card: CardSource?
        if let typed = submission.card {
            card = CardSource(
                kind: .typed(number: typed.number, expiry: typed.expiry, holder: typed.holderName), cvv: typed.cvv)
        } else if let saved = submission.savedCard {
            card = CardSource(kind: .saved(token: saved.cardToken), cvv: saved.cvv)
        }
        let threeDS =
            metadata?.is3DSAuthentication == true
            || request.paymentMethod?.cardMetaData.is3DSAuthentication == true
        let savedTokens = (request.savedPaymentMethods ?? []).compactMap { method in
            method.paymentMethodType == .card ? method.paymentMethodId : nil
        }
        let input = PaymentInput(
            api: PageCall.submitPayment.rawValue, origin: .checkoutPage, paymentRequestId: session.paymentRequestId, session: session,
            amount: request.paymentAmount ?? Amount(currency: "", value: ""), order: request.order,
            methodType: submission.paymentMethodType, card: card,
            mintsToken: tokenize == .enabled || (tokenize == .askForConsent && submission.saveCard),
            threeDSRequested: threeDS,
            captureMode: request.paymentFactor?.requestedCaptureMode ?? .automatic,
            terminalType: request.env?.terminalType ?? request.order?.env?.terminalType ?? "WEB",
            notifyUrl: request.paymentNotifyUrl, redirectUrl: request.paymentRedirectUrl,
            payerEmail: nonEmpty(submission.payerEmail) ?? nonEmpty(metadata?.payerEmail),
            cpf: nonEmpty(submission.cpf) ?? nonEmpty(metadata?.cpf), closesAt: nil, enforceBuyerRule: true,
            allowedMethods: request.availablePaymentMethod?.paymentMethodTypeList?.compactMap(\.paymentMethodType),
            sessionTokens: Set(savedTokens))
        let (response, _) = startPayment(input, now: now)
        return (response, nil)
    }
}
