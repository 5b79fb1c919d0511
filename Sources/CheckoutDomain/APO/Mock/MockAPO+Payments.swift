import Foundation

/// A card as the payment engine receives it.
struct CardSource {
    enum Kind {
        case typed(number: CardNumber, expiry: CardExpiry, holder: String?)
        case saved(token: String)
    }

    var kind: Kind
    /// Nil or empty when not given (a card on file may be paid without it).
    var cvv: String?
}

/// One payment to start, from the page (`submitPayment`) or from the `pay` API.
struct PaymentInput {
    var api: String
    var origin: PaymentOrigin
    var paymentRequestId: String
    var session: SessionRecord?
    var amount: Amount
    var order: Order?
    var methodType: String
    var card: CardSource?
    var saveCardConsent: Bool
    var threeDSRequested: Bool
    var captureMode: CaptureMode
    var terminalType: String
    var notifyUrl: String?
    var redirectUrl: String?
    var payerEmail: String?
    var cpf: String?
    /// `paymentExpiryTime` of the pay API; otherwise the method's timeout applies.
    var closesAt: Date?
    /// The Checkout Page needs buyer information for cards (seed 003, "Card payments").
    var enforceBuyerRule: Bool
    /// The session's availablePaymentMethod.paymentMethodTypeList, when it has one.
    var allowedMethods: [String]?
    /// The card tokens the session offered, when the payment comes from a page.
    var sessionTokens: Set<String>?
}

/// A card the sandbox knows, resolved from typed digits or from the vault.
struct ResolvedCard {
    var masked: MaskedCard
    var profile: TestCardProfile
    var expiry: CardExpiry
    var cvv: String?
    var token: String?
}

/// A request turned down before a payment existed.
struct Rejection: Error {
    var result: APOResult

    init(_ code: String, _ message: String) {
        result = .failure(code, message)
    }
}

/// What the engine decided to do with a new payment.
enum PaymentDecision {
    case succeed(ThreeDSResult?)
    case fail(code: String, message: String)
    case challenge
    case redirect
    case orderCode
    case delayed(TimeInterval)
}

extension MockAPO {
    // MARK: - Page: submitPayment

    public func submitPayment(_ submission: PaymentSubmission) async throws(APOClientError) -> PayResponse {
        try transact(onStoreFailure: { PayResponse(result: $0) }) { now -> Result<PayResponse, APOClientError> in
            settle(now: now)
            let (response, note) = submit(submission, now: now)
            log(
                .pageCall, "submitPayment", at: now, paymentRequestId: response.paymentRequestId,
                paymentId: response.paymentId, result: response.result,
                "\(submission.paymentMethodType): \(note ?? response.result.resultMessage ?? response.result.resultCode)"
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
        let askForConsent = metadata?.tokenizeMode == "ASKFORCONSENT"
        if submission.saveCard && !askForConsent {
            log(
                .skipped, "submitPayment", at: now, paymentRequestId: session.paymentRequestId,
                "saveCard ignored: the session's tokenizeMode is not ASKFORCONSENT")
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
            || request.paymentMethod?.paymentMethodMetaData?["is3DSAuthentication"]?.flag == true
        let savedTokens = (request.savedPaymentMethods ?? []).compactMap { method in
            method.paymentMethodType == "CARD" ? method.paymentMethodId : nil
        }
        let input = PaymentInput(
            api: "submitPayment", origin: .checkoutPage, paymentRequestId: session.paymentRequestId, session: session,
            amount: request.paymentAmount ?? Amount(currency: "", value: ""), order: request.order,
            methodType: submission.paymentMethodType, card: card,
            saveCardConsent: askForConsent && submission.saveCard, threeDSRequested: threeDS,
            captureMode: request.paymentFactor?.captureMode == CaptureMode.manual.rawValue ? .manual : .automatic,
            terminalType: request.env?.terminalType ?? request.order?.env?.terminalType ?? "WEB",
            notifyUrl: request.paymentNotifyUrl, redirectUrl: request.paymentRedirectUrl,
            payerEmail: nonEmpty(submission.payerEmail) ?? nonEmpty(metadata?.payerEmail),
            cpf: nonEmpty(submission.cpf) ?? nonEmpty(metadata?.cpf), closesAt: nil, enforceBuyerRule: true,
            allowedMethods: request.availablePaymentMethod?.paymentMethodTypeList?.compactMap(\.paymentMethodType),
            sessionTokens: Set(savedTokens))
        let (response, _) = startPayment(input, now: now)
        return (response, nil)
    }

    // MARK: - Merchant: pay

    public func pay(_ request: PayRequest) async throws(APOClientError) -> PayResponse {
        let api = APOEndpoint.pay.rawValue
        return try transact(onStoreFailure: { PayResponse(result: $0) }) { now -> Result<PayResponse, APOClientError> in
            settle(now: now)
            let (response, note) = payLocked(request, now: now)
            log(
                .apiCall, api, at: now, paymentRequestId: request.paymentRequestId, paymentId: response.paymentId,
                result: response.result,
                "\(request.paymentMethod?.paymentMethodType ?? "?"): \(note ?? response.result.resultMessage ?? response.result.resultCode)"
            )
            return .success(response)
        }.get()
    }

    private func payLocked(_ request: PayRequest, now: Date) -> (PayResponse, String?) {
        let api = APOEndpoint.pay.rawValue
        if let problem = payProblem(request) {
            return (
                PayResponse(
                    result: .failure(ResultCode.paramIllegal, problem), paymentRequestId: request.paymentRequestId), nil
            )
        }
        let requestId = request.paymentRequestId ?? ""
        let fingerprint: RequestFingerprint
        switch idempotency(
            api: api, requestId: requestId, request: request, redacted: CardRedaction.redact(request),
            as: PayResponse.self)
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

    // MARK: - The engine

    /// Checks the payment, creates it and decides its first step. `created` is false when the request was
    /// turned down before a payment existed (no paymentId, nothing stored, the request id still free).
    func startPayment(_ input: PaymentInput, now: Date) -> (response: PayResponse, created: Bool) {
        let method: PaymentMethodInfo
        let card: ResolvedCard?
        switch prepare(input, now: now) {
        case .failure(let rejection):
            return (PayResponse(result: rejection.result, paymentRequestId: input.paymentRequestId), false)
        case .success(let prepared):
            (method, card) = prepared
        }
        let forced = takeForcedPaymentOutcome(input, now: now)
        let paymentId = ids.next(.payment)
        let attempt = (state.paymentIdsByRequestId[input.paymentRequestId]?.count ?? 0) + 1
        var payment = PaymentRecord(
            paymentId: paymentId, paymentRequestId: input.paymentRequestId,
            paymentSessionId: input.session?.paymentSessionId, origin: input.origin, attempt: attempt,
            paymentMethodType: method.paymentMethodType, paymentAmount: input.amount, status: .processing,
            resultCode: ResultCode.paymentInProcess, resultMessage: APOResult.paymentInProcess.resultMessage ?? "",
            createdAt: now,
            closesAt: input.closesAt ?? now.addingTimeInterval(TimeInterval(method.timeoutSeconds)),
            terminalType: input.terminalType, card: card?.masked, paidWithToken: card?.token,
            cvvChecked: !(card?.cvv ?? "").isEmpty, threeDSRequested: input.threeDSRequested,
            saveCardConsent: input.saveCardConsent && method.paymentMethodType == "CARD" && card?.token == nil,
            authorizationCapture: method.authorizationCapture, captureMode: input.captureMode,
            paymentNotifyUrl: input.notifyUrl, paymentRedirectUrl: input.redirectUrl)
        if var session = input.session {
            supersedeHeldFailures(of: input.paymentRequestId, at: now)
            session.paymentIds.append(paymentId)
            put(session)
        }

        let decision = decide(input, paymentId: paymentId, method: method, card: card, forced: forced, now: now)
        switch decision {
        case .challenge:
            payment.waitingFor = .challenge
            payment.normalUrl = url(MockAPOPaths.challenge, [("paymentId", paymentId)])
        case .redirect:
            payment.waitingFor = .redirect
            payment.normalUrl = url(
                MockAPOPaths.wallet, [("paymentId", paymentId), ("pspName", method.paymentMethodType)])
        case .orderCode:
            payment.waitingFor = .orderCode
            payment.orderCodeForm = orderCodeForm(paymentId: paymentId, method: method, expiresAt: payment.closesAt)
            if method.flow == .qrCode {
                payment.normalUrl = url(
                    MockAPOPaths.wallet, [("paymentId", paymentId), ("pspName", method.paymentMethodType)])
            }
        case .delayed(let after):
            payment.status = .pending
            payment.waitingFor = .delayedResult
            payment.settlesAt = now.addingTimeInterval(after)
        case .succeed, .fail:
            break
        }
        if let normalUrl = payment.normalUrl {
            payment.redirectActionForm = RedirectActionForm(method: "GET", redirectUrl: normalUrl)
        }
        put(payment)

        switch decision {
        case .succeed(let threeDS): succeed(paymentId, at: now, threeDS: threeDS)
        case .fail(let code, let message): fail(paymentId, at: now, code: code, message: message)
        case .delayed:
            if let current = state.payments[paymentId] { enqueuePaymentNotification(current, at: now) }
        case .challenge, .redirect, .orderCode: break
        }
        return (renderPay(state.payments[paymentId] ?? payment), true)
    }

    /// Request-level checks: a failure here creates no payment.
    private func prepare(_ input: PaymentInput, now: Date) -> Result<(PaymentMethodInfo, ResolvedCard?), Rejection> {
        guard let method = catalog.method(input.methodType) else {
            return .failure(
                Rejection(
                    ResultCode.unavailablePaymentMethod,
                    "paymentMethodType '\(input.methodType)' is not available."))
        }
        if let allowed = input.allowedMethods, !allowed.isEmpty, !allowed.contains(method.paymentMethodType) {
            return .failure(
                Rejection(
                    ResultCode.unavailablePaymentMethod,
                    "\(method.paymentMethodType) is not in this session's availablePaymentMethod.paymentMethodTypeList."
                ))
        }
        if let accepted = method.currencies, !accepted.contains(input.amount.currency) {
            return .failure(
                Rejection(
                    ResultCode.currencyNotSupport,
                    "\(method.paymentMethodType) takes only \(accepted.joined(separator: ", ")), not \(input.amount.currency)."
                ))
        }
        if case .ineligible(let reason) = catalog.eligibility(of: method, for: input.amount) {
            return .failure(Rejection(ResultCode.paymentAmountExceedLimit, reason + "."))
        }
        if method.collects.contains(.email) {
            guard let email = input.payerEmail else {
                return .failure(
                    Rejection(
                        ResultCode.paramIllegal,
                        "payerEmail is required for \(method.paymentMethodType): enter the payer's email address."))
            }
            guard EmailAddress.isValid(email) else {
                return .failure(
                    Rejection(ResultCode.paramIllegal, "payerEmail '\(email)' is not a valid email address."))
            }
        }
        if method.collects.contains(.cpf) {
            guard let cpf = input.cpf else {
                return .failure(
                    Rejection(
                        ResultCode.paramIllegal,
                        "cpf is required for \(method.paymentMethodType): enter the payer's CPF."))
            }
            guard CPF(cpf).isValid else {
                return .failure(Rejection(ResultCode.paramIllegal, "cpf '\(cpf)' is not a valid CPF."))
            }
        }
        guard method.paymentMethodType == "CARD" else { return .success((method, nil)) }

        if input.enforceBuyerRule {
            let buyer = input.order?.buyer
            let identifiers = [buyer?.referenceBuyerId, buyer?.buyerEmail, buyer?.buyerPhoneNo].compactMap {
                nonEmpty($0)
            }
            if identifiers.isEmpty {
                return .failure(
                    Rejection(
                        ResultCode.paramIllegal,
                        "order.buyer must carry at least one of referenceBuyerId, buyerEmail or buyerPhoneNo for card payments."
                    ))
            }
        }
        guard let source = input.card else {
            return .failure(Rejection(ResultCode.paramIllegal, "Card details are required to pay with CARD."))
        }
        switch source.kind {
        case .typed(let number, let expiry, let holder):
            guard number.passesLuhn else {
                return .failure(Rejection(ResultCode.invalidCardNumber, "The card number is invalid."))
            }
            guard let profile = testCards.profile(for: number) else {
                return .failure(
                    Rejection(
                        ResultCode.cardNotSupported,
                        "The card is not supported: not a sandbox test card. Use a test card from docs.antom.com/ac/ref/card."
                    ))
            }
            let masked = MaskedCard(
                maskedCardNo: number.masked, maskedBin: number.maskedBin, brand: profile.brand,
                lastFour: number.lastFour, expiryMonth: expiry.monthText, expiryYear: expiry.yearText,
                profileKey: profile.profileKey, holderName: nonEmpty(holder), issuingCountry: profile.issuingCountry,
                funding: profile.funding)
            return .success(
                (method, ResolvedCard(masked: masked, profile: profile, expiry: expiry, cvv: source.cvv, token: nil)))
        case .saved(let token):
            guard let vaulted = state.vault[token] else {
                return .failure(
                    Rejection(ResultCode.invalidToken, "The card token is invalid: \(token) is not in the vault."))
            }
            if let offered = input.sessionTokens, !offered.contains(token) {
                return .failure(
                    Rejection(
                        ResultCode.invalidToken,
                        "The card token is invalid: \(token) is not among this session's savedPaymentMethods."))
            }
            guard let key = vaulted.card.profileKey, let profile = testCards.profile(forKey: key) else {
                return .failure(Rejection(ResultCode.invalidToken, "The card token is invalid: its card is unknown."))
            }
            let expiry = CardExpiry(
                month: Int(vaulted.card.expiryMonth) ?? 0, year: 2000 + (Int(vaulted.card.expiryYear) ?? 0))
            return .success(
                (
                    method,
                    ResolvedCard(masked: vaulted.card, profile: profile, expiry: expiry, cvv: source.cvv, token: token)
                ))
        }
    }

    private func decide(
        _ input: PaymentInput, paymentId: String, method: PaymentMethodInfo, card: ResolvedCard?,
        forced: ForcedOutcome?, now: Date
    ) -> PaymentDecision {
        let frictionless = card.map {
            threeDS(brand: $0.masked.brand, seed: $0.masked.maskedCardNo + paymentId, challenged: false)
        }
        if let forced {
            switch forced {
            case .success:
                return .succeed(card?.profile.outcome == .threeDSFrictionless ? frictionless : nil)
            case .decline(let code): return .fail(code: code, message: Self.message(for: code))
            case .riskReject:
                return .fail(code: ResultCode.riskReject, message: Self.message(for: ResultCode.riskReject))
            case .processingThenSuccess(let after): return .delayed(max(0, after))
            case .challenge:
                if card != nil { return .challenge }
            case .sessionTimeout:
                break
            }
        }
        guard let card else { return flowDecision(method, terminalType: input.terminalType) }
        if !card.expiry.hasValidMonth {
            return .fail(
                code: ResultCode.invalidExpirationDate, message: Self.message(for: ResultCode.invalidExpirationDate))
        }
        if !card.expiry.isValid(at: now) {
            return .fail(code: ResultCode.cardExpired, message: Self.message(for: ResultCode.cardExpired))
        }
        if let cvv = card.cvv, !cvv.isEmpty, !cvvIsValid(cvv, brand: card.masked.brand) {
            return .fail(code: ResultCode.invalidCVV, message: Self.message(for: ResultCode.invalidCVV))
        }
        if input.amount.value == testCards.rules.riskRejectAmountValue {
            return .fail(code: ResultCode.riskReject, message: Self.message(for: ResultCode.riskReject))
        }
        if card.profile.outcome == .threeDSFrictionless {
            return .succeed(frictionless)
        }
        if input.threeDSRequested { return .challenge }
        return authorization(card, threeDS: nil)
    }

    private func flowDecision(_ method: PaymentMethodInfo, terminalType: String) -> PaymentDecision {
        switch method.flow {
        case .qrCode: terminalType.uppercased() == "WEB" ? .orderCode : .redirect
        case .voucher: .orderCode
        case .redirect, .cardForm: .redirect
        }
    }

    /// The issuer's answer for a card that reached authorisation.
    private func authorization(_ card: ResolvedCard, threeDS: ThreeDSResult?) -> PaymentDecision {
        switch card.profile.outcome {
        case .success, .threeDSFrictionless: return .succeed(threeDS)
        case .fail:
            let code = card.profile.failureCode ?? ResultCode.doNotHonor
            return .fail(code: code, message: Self.message(for: code))
        }
    }

    private func cvvIsValid(_ cvv: String, brand: String) -> Bool {
        guard cvv.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        if cvv.count == testCards.rules.invalidCvvLength { return false }
        return cvv.count == (CardBrand(rawValue: brand)?.cvvLength ?? 3)
    }

    /// An authenticated 3DS 2 result: ECI 02 for Mastercard, 05 for the other networks (fully authenticated).
    func threeDS(brand: String, seed: String, challenged: Bool) -> ThreeDSResult {
        let cavv = Data(SHA256.expand("cavv|\(seed)|\(challenged)", count: 20)).base64EncodedString()
        return ThreeDSResult(
            threeDSVersion: "2.2.0", eci: brand == CardBrand.mastercard.rawValue ? "02" : "05", cavv: cavv,
            threeDSOffered: true, challenged: challenged)
    }

    private func orderCodeForm(paymentId: String, method: PaymentMethodInfo, expiresAt: Date) -> OrderCodeForm {
        if method.flow == .voucher {
            let digits = SHA256.hash(Data("voucher|\(paymentId)".utf8)).prefix(6).map {
                String(format: "%02d", Int($0) % 100)
            }.joined()
            let code = "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(4))-\(digits.suffix(4))"
            return OrderCodeForm(
                codeDetails: [CodeDetail(codeValue: code, displayType: "TEXT")], expireTime: iso(expiresAt),
                paymentMethodType: method.paymentMethodType)
        }
        let codeValue = config.baseURL + MockAPOPaths.qrCode + paymentId
        let images = [("BIGIMAGE", "L"), ("MIDDLEIMAGE", "M"), ("SMALLIMAGE", "S")].map { display, size in
            CodeDetail(
                codeValue: url(MockAPOPaths.qrImage, [("code", codeValue), ("picSize", size)]), displayType: display)
        }
        return OrderCodeForm(
            codeDetails: [CodeDetail(codeValue: codeValue, displayType: "TEXT")] + images, expireTime: iso(expiresAt),
            paymentMethodType: method.paymentMethodType)
    }

    /// The next forced outcome for a payment (a queued `sessionTimeout` waits for its createPaymentSession).
    private func takeForcedPaymentOutcome(_ input: PaymentInput, now: Date) -> ForcedOutcome? {
        guard let index = forcedOutcomes.firstIndex(where: { $0 != .sessionTimeout }) else { return nil }
        let outcome = forcedOutcomes.remove(at: index)
        var note = "consumed: \(outcome.label)"
        if outcome == .challenge && input.methodType != "CARD" {
            note += " (not applicable to \(input.methodType); its own flow is used)"
        }
        log(.forcedOutcome, input.api, at: now, paymentRequestId: input.paymentRequestId, note)
        return outcome
    }

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

func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
    return text
}
