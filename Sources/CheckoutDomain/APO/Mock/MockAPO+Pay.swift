import Foundation

/// The merchant's server-to-server `pay` API: card details or a token in the body, same engine as the page.
extension MockAPO {
    // MARK: - Merchant: pay

    public func pay(_ request: PayRequest) async throws(APOClientError) -> PayResponse {
        let api = APOEndpoint.pay.rawValue
        let cards = CardRedaction.cardNumbers([request.paymentMethod])
        return try transact(guarding: cards, onStoreFailure: { PayResponse(result: $0) }) {
            now -> Result<PayResponse, APOClientError> in
            settle(now: now)
            let (response, note) = payLocked(request, cards: cards, now: now)
            log(
                .apiCall, api, at: now, paymentRequestId: request.paymentRequestId, paymentId: response.paymentId,
                result: response.result,
                "\(request.paymentMethod?.paymentMethodType ?? "?"): \(note ?? response.result.resultMessage ?? response.result.resultCode)"
            )
            return .success(response)
        }.get()
    }

    private func payLocked(_ request: PayRequest, cards: [CardNumber], now: Date) -> (PayResponse, String?) {
        let api = APOEndpoint.pay.rawValue
        if let problem = payProblem(request) {
            return (
                PayResponse(
                    result: .failure(ResultCode.paramIllegal, problem), paymentRequestId: request.paymentRequestId), nil
            )
        }
        let requestId = request.paymentRequestId ?? ""
        let redacted = CardRedaction.redact(request)
        if let stray = CardRedaction.strayPath(of: cards, in: redacted) {
            return (PayResponse(result: Self.strayCardNumber(stray), paymentRequestId: request.paymentRequestId), nil)
        }
        let fingerprint: RequestFingerprint
        switch idempotency(api: api, requestId: requestId, request: request, redacted: redacted, as: PayResponse.self)
        {
        case .conflict: return (PayResponse(result: Self.repeatInconsistent, paymentRequestId: requestId), nil)
        case .replay(let stored):
            // S and F answers are final and replayed byte for byte; an in-process answer is replaced by the
            // payment's state now (Antom: "same id reaching S/F returns the same result").
            if stored.result.resultStatus == .unknown, let id = stored.paymentId, let payment = state.payments[id] {
                return (renderPay(payment), "repeated request: current state of \(id)")
            }
            return (stored, "repeated request: the first answer is returned")
        case .fresh(let value): fingerprint = value
        }
        if state.idempotency[
            IdempotencyRecord.key(api: APOEndpoint.createPaymentSession.rawValue, requestId: requestId)] != nil
        {
            return (
                PayResponse(
                    result: .failure(
                        ResultCode.repeatRequestInconsistent,
                        "Repeated requests are inconsistent. paymentRequestId \(requestId) already names a payment session."
                    ),
                    paymentRequestId: requestId), nil
            )
        }
        let method = request.paymentMethod
        let metadata = method?.paymentMethodMetaData ?? [:]
        let methodType = method?.paymentMethodType ?? ""
        var card: CardSource?
        if methodType == "CARD" {
            switch payCard(method, metadata: metadata) {
            case .failure(let rejection):
                return (PayResponse(result: rejection.result, paymentRequestId: requestId), nil)
            case .success(let value): card = value
            }
        }
        let input = PaymentInput(
            api: api, origin: .payAPI, paymentRequestId: requestId, session: nil,
            amount: request.paymentAmount ?? Amount(currency: "", value: ""), order: request.order,
            methodType: methodType, card: card, saveCardConsent: metadata["tokenize"]?.flag == true,
            threeDSRequested: metadata["is3DSAuthentication"]?.flag == true,
            captureMode: request.paymentFactor?.captureMode == CaptureMode.manual.rawValue ? .manual : .automatic,
            terminalType: request.env?.terminalType ?? request.order?.env?.terminalType ?? "WEB",
            notifyUrl: request.paymentNotifyUrl, redirectUrl: request.paymentRedirectUrl,
            payerEmail: nonEmpty(metadata["payerEmail"]?.text), cpf: nonEmpty(metadata["cpf"]?.text),
            closesAt: request.paymentExpiryTime.flatMap(ISOTimestamp.parse), enforceBuyerRule: false,
            allowedMethods: nil, sessionTokens: nil)
        let (response, created) = startPayment(input, now: now)
        if created { remember(fingerprint, response: response, now: now) }
        return (response, nil)
    }

    /// The `pay` body's required fields, as PARAM_ILLEGAL messages.
    private func payProblem(_ request: PayRequest) -> String? {
        func missing(_ value: String?) -> Bool { (value ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        if missing(request.productCode) { return "productCode is required" }
        if request.productCode != "CASHIER_PAYMENT" {
            return "productCode must be CASHIER_PAYMENT for one-time payments, not '\(request.productCode ?? "")'"
        }
        if missing(request.paymentRequestId) { return "paymentRequestId is required" }
        if (request.paymentRequestId ?? "").count > 64 { return "paymentRequestId is longer than 64 characters" }
        guard let amount = request.paymentAmount else { return "paymentAmount is required" }
        if let problem = AmountRules(currencies: currencies).problem(with: amount, field: "paymentAmount") {
            return problem
        }
        if missing(request.paymentMethod?.paymentMethodType) { return "paymentMethod.paymentMethodType is required" }
        if missing(request.order?.referenceOrderId) { return "order.referenceOrderId is required" }
        if missing(request.order?.orderDescription) { return "order.orderDescription is required" }
        if missing(request.paymentRedirectUrl) { return "paymentRedirectUrl is required" }
        if let text = request.paymentExpiryTime, ISOTimestamp.parse(text) == nil {
            return "paymentExpiryTime must be an ISO 8601 date-time, not '\(text)'"
        }
        return nil
    }

    /// The card of a `pay` body: a token in paymentMethodId, or the details in paymentMethodMetaData.
    private func payCard(_ method: PaymentMethod?, metadata: [String: JSONValue]) -> Result<CardSource, Rejection> {
        let cvv = metadata["cvv"]?.text
        if let token = nonEmpty(method?.paymentMethodId) {
            return .success(CardSource(kind: .saved(token: token), cvv: cvv))
        }
        let prefix = "paymentMethod.paymentMethodMetaData"
        guard let number = nonEmpty(metadata["cardNo"]?.text) else {
            return .failure(
                Rejection(
                    ResultCode.paramIllegal,
                    "\(prefix).cardNo is required (or paymentMethod.paymentMethodId with a card token)"))
        }
        guard let monthText = nonEmpty(metadata["expiryMonth"]?.text), let month = Int(monthText) else {
            return .failure(Rejection(ResultCode.paramIllegal, "\(prefix).expiryMonth is required as MM"))
        }
        guard let yearText = nonEmpty(metadata["expiryYear"]?.text), let year = Int(yearText) else {
            return .failure(Rejection(ResultCode.paramIllegal, "\(prefix).expiryYear is required as YY"))
        }
        var holder: String?
        switch metadata["cardholderName"] {
        case .object(let name)?:
            holder =
                name["fullName"]?.text
                ?? [name["firstName"]?.text, name["lastName"]?.text].compactMap { $0 }.joined(separator: " ")
        case .string(let name)?: holder = name
        default: holder = nil
        }
        let expiry = CardExpiry(month: month, year: year < 100 ? 2000 + year : year)
        return .success(
            CardSource(kind: .typed(number: CardNumber(number), expiry: expiry, holder: nonEmpty(holder)), cvv: cvv))
    }
}
