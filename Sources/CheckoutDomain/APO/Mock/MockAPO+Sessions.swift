import Foundation

extension MockAPO {
    public func createPaymentSession(
        _ request: CreatePaymentSessionRequest
    ) async throws(APOClientError) -> CreatePaymentSessionResponse {
        try await createPaymentSessionAnswer(request).response
    }

    public func createPaymentSessionAnswer(
        _ request: CreatePaymentSessionRequest
    ) async throws(APOClientError) -> EncodedAnswer<CreatePaymentSessionResponse> {
        let api = APOEndpoint.createPaymentSession.rawValue
        let cards = CardRedaction.cardNumbers([request.paymentMethod] + (request.savedPaymentMethods ?? []))
        return try transact(guarding: cards, onStoreFailure: { EncodedAnswer(CreatePaymentSessionResponse(result: $0)) }) {
            now -> Result<EncodedAnswer<CreatePaymentSessionResponse>, APOClientError> in
            let requestId = request.paymentRequestId
            if takeForcedOutcome(for: requestId ?? "", where: { $0 == .sessionTimeout }) != nil {
                log(
                    .forcedOutcome, api, at: now, paymentRequestId: requestId,
                    "consumed: \(ForcedOutcome.sessionTimeout.label); nothing was created")
                return .failure(.timeout(api: api, seconds: config.requestTimeoutSeconds))
            }
            settle(now: now)
            let answer = createSession(request, cards: cards, now: now)
            let response = answer.response
            log(
                .apiCall, api, at: now, paymentRequestId: requestId, result: response.result,
                response.result.resultStatus == .success
                    ? "session \(response.paymentSessionId ?? "") until \(response.paymentSessionExpiryTime ?? "")"
                    : response.result.resultMessage ?? response.result.resultCode.rawValue)
            return .success(answer)
        }.get()
    }

    private func createSession(
        _ request: CreatePaymentSessionRequest, cards: [CardNumber], now: Date
    ) -> EncodedAnswer<CreatePaymentSessionResponse> {
        let api = APOEndpoint.createPaymentSession.rawValue
        if let failure = validator.validate(request, now: now) {
            return EncodedAnswer(CreatePaymentSessionResponse(result: failure))
        }
        let requestId = request.paymentRequestId ?? ""
        let redacted = CardRedaction.redact(request)
        if let stray = CardRedaction.strayPath(of: cards, in: redacted.value) {
            return EncodedAnswer(CreatePaymentSessionResponse(result: Self.strayCardNumber(stray)))
        }
        switch idempotency(
            api: api, requestId: requestId, request: request, redacted: redacted,
            firstRequest: { self.state.sessions[$0.paymentSessionId ?? ""]?.request },
            as: CreatePaymentSessionResponse.self, now: now)
        {
        case .replay(let response): return EncodedAnswer(response)
        case .conflict: return EncodedAnswer(CreatePaymentSessionResponse(result: Self.repeatInconsistent))
        case .unreadable: return EncodedAnswer(CreatePaymentSessionResponse(result: Self.unknownException))
        case .fresh(let fingerprint):
            if state.idempotencyDigests[IdempotencyRecord.key(api: APOEndpoint.pay.rawValue, requestId: requestId)] != nil {
                return EncodedAnswer(
                    CreatePaymentSessionResponse(
                        result: .failure(
                            ResultCode.repeatRequestInconsistent,
                            "Repeated requests are inconsistent. paymentRequestId \(requestId) was already used by the pay API."
                        )))
            }
            let sessionId = ids.next(.paymentSession)
            let data = SessionData.make(
                paymentSessionId: sessionId, clientId: config.clientId, region: config.region, locale: request.locale)
            let expiry = SessionRequestValidator.expiry(of: request, now: now)
            let normalUrl = url(MockAPOPaths.checkoutPage, [("sessionData", data)])
            put(
                SessionRecord(
                    paymentSessionId: sessionId, paymentSessionData: data, paymentRequestId: requestId,
                    request: redacted.value, normalUrl: normalUrl, createdAt: now, expiresAt: expiry))
            let response = CreatePaymentSessionResponse(
                result: .success, paymentSessionData: data, paymentSessionExpiryTime: iso(expiry),
                paymentSessionId: sessionId, normalUrl: normalUrl)
            return remember(fingerprint, response: response, now: now)
        }
    }

    public func loadSession(sessionData: String) async throws(APOClientError) -> SessionLoad {
        try transact(onStoreFailure: { SessionLoad.rejected($0) }) { now -> Result<SessionLoad, APOClientError> in
            settle(now: now)
            let load = openSession(sessionData, now: now)
            switch load {
            case .ready(let page):
                log(
                    .pageCall, PageCall.loadSession.rawValue, at: now, paymentRequestId: page.request.paymentRequestId,
                    result: .success,
                    "session \(page.paymentSessionId) mounted, \(page.savedCards.count) saved card(s)")
            case .rejected(let result):
                log(.pageCall, PageCall.loadSession.rawValue, at: now, result: result, result.resultMessage ?? result.resultCode.rawValue)
            }
            return .success(load)
        }.get()
    }

    private func openSession(_ sessionData: String, now: Date) -> SessionLoad {
        let sessionId: String
        if let known = state.sessionIdsByData[sessionData] {
            // Data this mock issued: no need to decode it again.
            sessionId = known
        } else {
            switch SessionData.paymentSessionId(in: sessionData, clientId: config.clientId) {
            case .failure(let error):
                return .rejected(.failure(ResultCode.paramIllegal, "paymentSessionData is not valid: \(error.reason)."))
            case .success(let id): sessionId = id
            }
        }
        guard let session = state.sessions[sessionId] else {
            return .rejected(Self.sessionNotFound(sessionId))
        }
        guard now < session.expiresAt else { return .rejected(sessionExpired(session)) }
        var cards: [SavedCard] = []
        for (index, method) in (session.request.savedPaymentMethods ?? []).enumerated() {
            let token = method.paymentMethodId ?? ""
            guard method.paymentMethodType == .card else {
                log(
                    .skipped, PageCall.loadSession.rawValue, at: now, paymentRequestId: session.paymentRequestId,
                    "savedPaymentMethods[\(index)] skipped: only CARD tokens are shown (got \(method.paymentMethodType ?? "none"))"
                )
                continue
            }
            guard let vaulted = state.vault[token] else {
                log(
                    .skipped, PageCall.loadSession.rawValue, at: now, paymentRequestId: session.paymentRequestId,
                    "savedPaymentMethods[\(index)] skipped: unknown card token \(token)")
                continue
            }
            cards.append(
                SavedCard(
                    cardToken: token, brand: vaulted.card.brand, maskedCardNo: vaulted.card.maskedCardNo,
                    lastFour: vaulted.card.lastFour, expiryMonth: vaulted.card.expiryMonth,
                    expiryYear: vaulted.card.expiryYear, cardholderName: vaulted.card.holderName))
        }
        return .ready(
            PageSession(
                paymentSessionId: session.paymentSessionId, paymentSessionData: session.paymentSessionData,
                request: session.request, expiresAt: session.expiresAt, savedCards: cards))
    }

    static func sessionNotFound(_ id: String) -> APOResult {
        .failure(ResultCode.orderNotExist, "The payment session doesn't exist: \(id).")
    }

    func sessionExpired(_ session: SessionRecord) -> APOResult {
        .failure(
            ResultCode.orderIsClosed,
            "The payment session expired at \(iso(session.expiresAt)). Create a new payment session.")
    }

    static let repeatInconsistent = APOResult.failure(
        ResultCode.repeatRequestInconsistent, "Repeated requests are inconsistent.")

    /// A card number found outside the card-number field: refused rather than kept in full.
    static func strayCardNumber(_ path: String) -> APOResult {
        .failure(
            ResultCode.paramIllegal,
            "\(path) holds the card number given in paymentMethod.paymentMethodMetaData.cardNo; a card number "
                + "belongs only in cardNo, where it is masked before anything is kept")
    }
}
