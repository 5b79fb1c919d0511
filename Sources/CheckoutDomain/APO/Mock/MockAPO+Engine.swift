import Foundation

/// The payment engine shared by the page and `pay`: checks, sandbox outcomes, 3DS, APM flows, forced outcomes.
extension MockAPO {
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
        // A card still to be typed on the hosted page meets its forced outcome there (`enterCard`).
        let entry = awaitsCardEntry(input, card: card)
        let forced = entry ? nil : takeForcedPaymentOutcome(api: input.api, input.paymentRequestId, input.methodType, now: now)
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
            saveCardConsent: input.mintsToken && method.paymentMethodType == .card && card?.token == nil,
            authorizationCapture: method.authorizationCapture, captureMode: input.captureMode,
            paymentNotifyUrl: input.notifyUrl, paymentRedirectUrl: input.redirectUrl)
        payment.offersSaveCard = entry && input.offersSaveCard ? true : nil
        if var session = input.session {
            supersedeHeldFailures(of: input.paymentRequestId, at: now)
            session.paymentIds.append(paymentId)
            put(session)
        }

        put(payment)
        let decision =
            entry ? .cardEntry : decide(input, paymentId: paymentId, method: method, card: card, forced: forced, now: now)
        apply(decision, to: paymentId, method: method, forced: forced, now: now)
        return (renderPay(state.payments[paymentId] ?? payment), true)
    }

    /// Takes a processing payment to its first step: a page the buyer must visit (with its continuation URL and
    /// redirect form), a code to show, a delayed result, or its outcome.
    func apply(
        _ decision: PaymentDecision, to paymentId: String, method: PaymentMethodInfo, forced: ForcedOutcome?, now: Date
    ) {
        switch decision {
        case .succeed(let threeDS): succeed(paymentId, at: now, threeDS: threeDS)
        case .fail(let code, let message): fail(paymentId, at: now, code: code, message: message)
        case .delayed(let after):
            updatePayment(paymentId) {
                $0.status = .pending
                $0.waitingFor = .delayedResult
                $0.settlesAt = now.addingTimeInterval(after)
            }
            if let current = state.payments[paymentId] { enqueuePaymentNotification(current, at: now) }
        case .cardEntry, .challenge, .redirect, .orderCode:
            let wallet = url(MockAPOPaths.wallet, [("paymentId", paymentId), ("pspName", method.paymentMethodType.rawValue)])
            updatePayment(paymentId) { payment in
                switch decision {
                case .cardEntry:
                    payment.waitingFor = .cardEntry
                    payment.normalUrl = url(MockAPOPaths.cardEntry, [("paymentId", paymentId), ("pspName", PaymentMethodType.card.rawValue)])
                case .challenge:
                    payment.waitingFor = .challenge
                    payment.normalUrl = url(MockAPOPaths.challenge, [("paymentId", paymentId)])
                case .redirect:
                    payment.waitingFor = .redirect
                    payment.delayAfterBuyer = Self.buyerStepDelay(forced)
                    payment.normalUrl = wallet
                default:
                    payment.waitingFor = .orderCode
                    payment.delayAfterBuyer = Self.buyerStepDelay(forced)
                    payment.orderCodeForm = orderCodeForm(
                        paymentId: paymentId, method: method, expiresAt: payment.closesAt)
                    payment.normalUrl = method.flow == .qrCode ? wallet : nil
                }
                payment.redirectActionForm = payment.normalUrl.map { RedirectActionForm(method: "GET", redirectUrl: $0) }
            }
        }
    }

    /// Whether the payment waits for the buyer on the hosted card page first (seed 002): no card details in the
    /// `pay` body, or a saved card paid without its CVV (the "payment continuation URL" of saved-card payments).
    private func awaitsCardEntry(_ input: PaymentInput, card: ResolvedCard?) -> Bool {
        if case .onHostedPage? = input.card?.kind { return true }
        return input.origin == .payAPI && card?.token != nil && nonEmpty(card?.cvv) == nil
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
        guard method.paymentMethodType == .card else { return .success((method, nil)) }

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
        let resolved: Result<ResolvedCard, Rejection>
        switch source.kind {
        case .typed(let number, let expiry, let holder):
            resolved = resolveTyped(number, expiry: expiry, holder: holder, cvv: source.cvv)
        case .saved(let token):
            if let offered = input.sessionTokens, !offered.contains(token) {
                return .failure(
                    Rejection(
                        ResultCode.invalidToken,
                        "The card token is invalid: \(token) is not among this session's savedPaymentMethods."))
            }
            resolved = resolveSaved(token, cvv: source.cvv)
        case .onHostedPage:
            return .success((method, nil))
        }
        return resolved.map { (method, $0) }
    }

    /// A typed card the sandbox knows, masked; a number failing Luhn or unknown to the sandbox is refused.
    func resolveTyped(
        _ number: CardNumber, expiry: CardExpiry, holder: String?, cvv: String?
    ) -> Result<ResolvedCard, Rejection> {
        guard number.passesLuhn else {
            return .failure(Rejection(ResultCode.invalidCardNumber, "The card number is invalid."))
        }
        guard let profile = testCards.profile(for: number) else {
            return .failure(
                Rejection(
                    ResultCode.cardNotSupported,
                    "The card is not supported: not a sandbox test card. Use a test card from docs.antom.com/ac/ref/card."))
        }
        let masked = MaskedCard(
            maskedCardNo: number.masked, maskedBin: number.maskedBin, brand: profile.brand,
            lastFour: number.lastFour, expiryMonth: expiry.monthText, expiryYear: expiry.yearText,
            profileKey: profile.profileKey, holderName: nonEmpty(holder), issuingCountry: profile.issuingCountry,
            funding: profile.funding)
        return .success(ResolvedCard(masked: masked, profile: profile, expiry: expiry, cvv: cvv, token: nil))
    }

    /// The vaulted card a token stands for.
    func resolveSaved(_ token: String, cvv: String?) -> Result<ResolvedCard, Rejection> {
        guard let vaulted = state.vault[token] else {
            return .failure(Rejection(ResultCode.invalidToken, "The card token is invalid: \(token) is not in the vault."))
        }
        guard let key = vaulted.card.profileKey, let profile = testCards.profile(forKey: key) else {
            return .failure(Rejection(ResultCode.invalidToken, "The card token is invalid: its card is unknown."))
        }
        let expiry = CardExpiry(
            month: Int(vaulted.card.expiryMonth) ?? 0, year: 2000 + (Int(vaulted.card.expiryYear) ?? 0))
        return .success(ResolvedCard(masked: vaulted.card, profile: profile, expiry: expiry, cvv: cvv, token: token))
    }

    private func decide(
        _ input: PaymentInput, paymentId: String, method: PaymentMethodInfo, card: ResolvedCard?,
        forced: ForcedOutcome?, now: Date
    ) -> PaymentDecision {
        if let card {
            return cardDecision(
                card, threeDSRequested: input.threeDSRequested, amount: input.amount, paymentId: paymentId,
                forced: forced, now: now)
        }
        if let forced, let decision = forcedDecision(forced, card: nil, paymentId: paymentId) { return decision }
        return flowDecision(method, terminalType: input.terminalType)
    }

    /// What a forced outcome makes of the payment; nil when it does not apply to it.
    private func forcedDecision(_ forced: ForcedOutcome, card: ResolvedCard?, paymentId: String) -> PaymentDecision? {
        switch forced {
        case .success:
            guard let card, card.profile.outcome == .threeDSFrictionless else { return .succeed(nil) }
            return .succeed(frictionless(card, paymentId: paymentId))
        case .decline(let code): return .fail(code: code, message: Self.message(for: code))
        case .riskReject:
            return .fail(code: ResultCode.riskReject, message: Self.message(for: ResultCode.riskReject))
        // A card has no buyer step of its own; a wallet, QR or voucher first shows its page or code, and the
        // delay starts when the buyer acts (startPayment keeps it on the record).
        case .processingThenSuccess(let after): return card != nil ? .delayed(max(0, after)) : nil
        case .challenge: return card != nil ? .challenge : nil
        case .sessionTimeout, .captureFailure: return nil
        }
    }

    /// The first step of a card payment: a forced outcome, a check that fails, frictionless 3DS, a challenge, or
    /// the issuer's answer.
    func cardDecision(
        _ card: ResolvedCard, threeDSRequested: Bool, amount: Amount, paymentId: String, forced: ForcedOutcome?,
        now: Date
    ) -> PaymentDecision {
        if let forced, let decision = forcedDecision(forced, card: card, paymentId: paymentId) { return decision }
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
        if amount.value == testCards.rules.riskRejectAmountValue {
            return .fail(code: ResultCode.riskReject, message: Self.message(for: ResultCode.riskReject))
        }
        if card.profile.outcome == .threeDSFrictionless {
            return .succeed(frictionless(card, paymentId: paymentId))
        }
        if threeDSRequested { return .challenge }
        return authorization(card, threeDS: nil)
    }

    /// The 3DS result of a frictionless card: authenticated without a challenge.
    private func frictionless(_ card: ResolvedCard, paymentId: String) -> ThreeDSResult {
        threeDS(brand: card.masked.brand, seed: card.masked.maskedCardNo + paymentId, challenged: false)
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
        guard cvv.allSatisfy(\.isASCIIDigit) else { return false }
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
            let digits = SHA256.hash("voucher|\(paymentId)").prefix(6).map {
                (Int($0) % 100).zeroPadded(to: 2)
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

    /// The next forced outcome for a payment (a queued `sessionTimeout` waits for its createPaymentSession, a
    /// `captureFailure` for a capture).
    func takeForcedPaymentOutcome(
        api: String, _ paymentRequestId: String, _ methodType: PaymentMethodType, now: Date
    ) -> ForcedOutcome? {
        guard let outcome = takeForcedOutcome(for: paymentRequestId, where: \.appliesToPayment) else { return nil }
        var note = "consumed: \(outcome.label)"
        if outcome == .challenge && methodType != .card {
            note += " (not applicable to \(methodType); its own flow is used)"
        }
        log(.forcedOutcome, api, at: now, paymentRequestId: paymentRequestId, note)
        return outcome
    }

    /// The delay of a forced processing-then-success, kept until the buyer's wallet step.
    static func buyerStepDelay(_ forced: ForcedOutcome?) -> TimeInterval? {
        if case .processingThenSuccess(let after)? = forced { return max(0, after) }
        return nil
    }
}
