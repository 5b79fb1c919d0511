import Foundation

/// The merchant's server-to-server `pay` API: card details or a token in the body, same engine as the page.
extension MockAPO {
    // MARK: - Merchant: pay

    public func pay(_ request: PayRequest) async throws(APOClientError) -> PayResponse {
        try await payAnswer(request).response
    }

    public func payAnswer(_ request: PayRequest) async throws(APOClientError) -> EncodedAnswer<PayResponse> {
        let api = APOEndpoint.pay.rawValue
        let cards = CardRedaction.cardNumbers([request.paymentMethod])
        // A repeated request answers with its payment's state now.
        let latest = request.paymentRequestId.flatMap { state.paymentIdsByRequestId[$0]?.last }
        return try transact(
            guarding: cards, restoring: [latest], onStoreFailure: { EncodedAnswer(PayResponse(result: $0)) }
        ) {
            now -> Result<EncodedAnswer<PayResponse>, APOClientError> in
            settle(now: now)
            let (answer, note) = payLocked(request, cards: cards, now: now)
            let response = answer.response
            log(
                .apiCall, api, at: now, paymentRequestId: request.paymentRequestId, paymentId: response.paymentId,
                result: response.result,
                "\(request.paymentMethod?.paymentMethodType ?? "?"): \(note ?? response.result.resultMessage ?? response.result.resultCode.rawValue)"
            )
            return .success(answer)
        }.get()
    }

    private func payLocked(
        _ request: PayRequest, cards: [CardNumber], now: Date
    ) -> (EncodedAnswer<PayResponse>, String?) {
        let api = APOEndpoint.pay.rawValue
        if let problem = payValidator.problem(with: request, now: now) {
            let response = PayResponse(
                result: .failure(ResultCode.paramIllegal, problem), paymentRequestId: request.paymentRequestId)
            return (EncodedAnswer(response), nil)
        }
        let requestId = request.paymentRequestId ?? ""
        let redacted = CardRedaction.redact(request)
        if let stray = CardRedaction.strayPath(of: cards, in: redacted.value) {
            let response = PayResponse(result: Self.strayCardNumber(stray), paymentRequestId: request.paymentRequestId)
            return (EncodedAnswer(response), nil)
        }
        let fingerprint: RequestFingerprint
        switch idempotency(
            api: api, requestId: requestId, request: request, redacted: redacted, as: PayResponse.self, now: now)
        {
        case .conflict:
            return (EncodedAnswer(PayResponse(result: Self.repeatInconsistent, paymentRequestId: requestId)), nil)
        case .unreadable:
            return (EncodedAnswer(PayResponse(result: Self.unknownException, paymentRequestId: requestId)), nil)
        case .replay(let stored):
            // S and F answers are final and replayed byte for byte; an in-process answer is replaced by the
            // payment's state now (Antom: "same id reaching S/F returns the same result").
            if stored.result.resultStatus == .unknown, let id = stored.paymentId, let payment = state.payments[id] {
                return (EncodedAnswer(renderPay(payment)), "repeated request: current state of \(id)")
            }
            return (EncodedAnswer(stored), "repeated request: the first answer is returned")
        case .fresh(let value): fingerprint = value
        }
        if state.idempotencyDigests[
            IdempotencyRecord.key(api: APOEndpoint.createPaymentSession.rawValue, requestId: requestId)] != nil
        {
            let response = PayResponse(
                result: .failure(
                    ResultCode.repeatRequestInconsistent,
                    "Repeated requests are inconsistent. paymentRequestId \(requestId) already names a payment session."
                ),
                paymentRequestId: requestId)
            return (EncodedAnswer(response), nil)
        }
        let method = request.paymentMethod
        let metadata = method?.cardMetaData ?? CardMetaData()
        let methodType = method?.paymentMethodType ?? PaymentMethodType(wire: nil)
        let card = methodType.uppercased == .card ? Self.payCard(method, metadata: metadata) : nil
        let tokenize = metadata.tokenize
        let input = PaymentInput(
            api: api, origin: .payAPI, paymentRequestId: requestId, session: nil,
            amount: request.paymentAmount ?? Amount(currency: "", value: ""), order: request.order,
            methodType: methodType, card: card,
            mintsToken: Self.mintsToken(tokenize, typedByMerchant: card?.isTyped == true),
            offersSaveCard: tokenize == .askForConsent,
            threeDSRequested: metadata.is3DSAuthentication == true,
            captureMode: request.paymentFactor?.requestedCaptureMode ?? .automatic,
            terminalType: (request.env ?? request.order?.env)?.terminalType?.uppercased() ?? "WEB",
            notifyUrl: request.paymentNotifyUrl, redirectUrl: request.paymentRedirectUrl,
            payerEmail: nonEmpty(metadata.payerEmail), cpf: nonEmpty(metadata.cpf),
            closesAt: request.paymentExpiryTime.flatMap(ISOTimestamp.parse), enforceBuyerRule: false,
            allowedMethods: nil, sessionTokens: nil)
        let (response, created) = startPayment(input, now: now)
        return (created ? remember(fingerprint, response: response, now: now) : EncodedAnswer(response), nil)
    }

    /// Whether a `pay` payment mints a card token on success (seed 002's tokenizeMode). ENABLED does. ASKFORCONSENT
    /// asks the buyer on the hosted card page, or, for a card the merchant typed itself (seed 001, where the
    /// buyer "select[s] whether to save the card" on the merchant's own form), means the buyer agreed there.
    static func mintsToken(_ mode: TokenizeMode, typedByMerchant: Bool) -> Bool {
        switch mode {
        case .enabled: true
        case .askForConsent: typedByMerchant
        case .disabled: false
        }
    }

    /// The card of a `pay` body: a token in paymentMethodId, the details in paymentMethodMetaData (already checked
    /// by `PayRequestValidator`), or neither, for the hosted card page.
    private static func payCard(_ method: PaymentMethod?, metadata: CardMetaData) -> CardSource {
        let cvv = metadata.cvv
        if let token = nonEmpty(method?.paymentMethodId) {
            return CardSource(kind: .saved(token: token), cvv: cvv)
        }
        guard let number = nonEmpty(metadata.cardNo) else { return CardSource(kind: .onHostedPage, cvv: nil) }
        let month = Int(metadata.expiryMonth ?? "") ?? 0
        let year = Int(metadata.expiryYear ?? "") ?? 0
        let expiry = CardExpiry(month: month, year: year < 100 ? 2000 + year : year)
        return CardSource(kind: .typed(number: CardNumber(number), expiry: expiry, holder: metadata.holderName), cvv: cvv)
    }
}
