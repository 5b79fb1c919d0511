import Foundation

/// How long an authorisation holds funds before Antom releases them (capture "within 7 days of authorization").
let authorizationValidity: TimeInterval = 7 * 24 * 3600

extension MockAPO {
    // MARK: - Final outcomes

    func updatePayment(_ paymentId: String, _ change: (inout PaymentRecord) -> Void) {
        guard var payment = state.payments[paymentId] else { return }
        change(&payment)
        put(payment)
    }

    /// The payment (or its authorisation) succeeded at `time`: AUTHORIZATION, the card token, PAYMENT_RESULT, then
    /// with AUTOMATIC capture the CAPTURE step and CAPTURE_RESULT.
    func succeed(_ paymentId: String, at time: Date, threeDS: ThreeDSResult?) {
        guard var payment = state.payments[paymentId] else { return }
        payment.status = .success
        payment.resultCode = ResultCode.success
        payment.resultMessage = APOResult.success.resultMessage ?? "success."
        payment.paymentTime = time
        payment.waitingFor = nil
        payment.settlesAt = nil
        if let threeDS { payment.threeDSResult = threeDS }
        if payment.authorizationCapture {
            payment.authExpiresAt = time.addingTimeInterval(authorizationValidity)
            payment.transactions.append(
                Transaction(
                    transactionType: .authorization, transactionStatus: PaymentStatus.success,
                    transactionId: paymentId, transactionRequestId: payment.paymentRequestId,
                    transactionAmount: payment.paymentAmount, transactionTime: iso(time), transactionResult: .success))
        }
        if payment.saveCardConsent, payment.cardToken == nil, let card = payment.card {
            let token = ids.next(.cardToken)
            payment.cardToken = token
            put(VaultTokenRecord(cardToken: token, card: card, createdAt: time, paymentId: paymentId))
            log(
                .pageCall, "tokenize", at: time, paymentRequestId: payment.paymentRequestId, paymentId: paymentId,
                "card \(card.maskedCardNo) vaulted as \(token)")
        }
        put(payment)
        enqueuePaymentNotification(payment, at: time)
        if payment.authorizationCapture && payment.captureMode == .automatic {
            recordCapture(
                paymentId, amount: payment.paymentAmount, captureRequestId: payment.paymentRequestId, at: time)
        }
    }

    /// The payment failed at `time` with `code`; its notification is due then, or at `notifyAt` when later.
    func fail(_ paymentId: String, at time: Date, code: ResultCode, message: String, notifyAt: Date? = nil) {
        guard var payment = state.payments[paymentId] else { return }
        payment.status = .fail
        payment.resultCode = code
        payment.resultMessage = message
        payment.waitingFor = nil
        payment.settlesAt = nil
        if payment.authorizationCapture {
            payment.transactions.append(
                Transaction(
                    transactionType: .authorization, transactionStatus: PaymentStatus.fail,
                    transactionId: paymentId, transactionRequestId: payment.paymentRequestId,
                    transactionAmount: payment.paymentAmount, transactionTime: iso(time),
                    transactionResult: .failure(code, message)))
        }
        put(payment)
        enqueuePaymentNotification(payment, at: time, notBefore: notifyAt)
    }

    /// A capture of `amount` and its CAPTURE_RESULT: successful, unless a forced `captureFailure` is queued, in
    /// which case nothing is taken and the authorisation stays. Returns the captureId and, for a failure, its result.
    @discardableResult
    func recordCapture(_ paymentId: String, amount: Amount, captureRequestId: String, at time: Date) -> (
        captureId: String, failure: APOResult?
    ) {
        let captureId = ids.next(.capture)
        guard var payment = state.payments[paymentId] else { return (captureId, nil) }
        let failure = takeForcedCaptureFailure(payment, at: time)
        let result = failure ?? .success
        payment.transactions.append(
            Transaction(
                transactionType: .capture,
                transactionStatus: failure == nil ? PaymentStatus.success : PaymentStatus.fail,
                transactionId: captureId, transactionRequestId: captureRequestId, transactionAmount: amount,
                transactionTime: iso(time), transactionResult: result))
        put(payment)
        let body = NotifyCaptureRequest(
            notifyType: .captureResult, result: result, captureRequestId: captureRequestId, paymentId: paymentId,
            captureId: captureId, captureAmount: amount, captureTime: failure == nil ? iso(time) : nil)
        enqueue(.captureResult, body: WireCoding.encodeString(body), for: payment, dueAt: time, supersedable: false)
        return (captureId, failure)
    }

    /// The first queued `captureFailure`, consumed, as the failed capture's result.
    private func takeForcedCaptureFailure(_ payment: PaymentRecord, at time: Date) -> APOResult? {
        let taken = takeForcedOutcome(for: payment.paymentRequestId) {
            if case .captureFailure = $0 { return true }
            return false
        }
        guard case .captureFailure(let code)? = taken else { return nil }
        log(
            .forcedOutcome, "capture", at: time, paymentRequestId: payment.paymentRequestId,
            paymentId: payment.paymentId, "consumed: capture fails with \(code)")
        return .failure(code, Self.message(for: code))
    }

    // MARK: - Notifications owed

    /// PAYMENT_RESULT for a final payment, PAYMENT_PENDING for a pending one.
    ///
    /// A failed Checkout Page payment is held until its session expires (seed 003 FAQ: "When the last order is
    /// closed, if the payment session is still valid, Antom will send asynchronous notifications when the payment
    /// session expires"), because the buyer may still retry; a retry replaces it.
    func enqueuePaymentNotification(_ payment: PaymentRecord, at time: Date, notBefore: Date? = nil) {
        let notifyType: NotifyType = payment.status == .pending ? .paymentPending : .paymentResult
        let succeeded = payment.status == .success
        let result: APOResult =
            payment.status == .fail
            ? .failure(payment.resultCode, payment.resultMessage) : .success
        let resultInfo = paymentResultInfo(payment)
        let body = NotifyPaymentRequest(
            notifyType: notifyType, result: result, paymentRequestId: payment.paymentRequestId,
            paymentId: payment.paymentId, paymentAmount: payment.paymentAmount, paymentCreateTime: iso(payment.createdAt),
            paymentTime: succeeded ? payment.paymentTime.map(iso) : nil, paymentMethodType: payment.paymentMethodType,
            // Seed 003 shows cardInfo on the card PAYMENT_RESULT only.
            paymentResultInfo: resultInfo,
            cardInfo: notifyType == .paymentResult ? cardInfo(payment, from: resultInfo) : nil,
            pspCustomerInfo: succeeded ? pspCustomerInfo(payment) : nil, acquirerInfo: acquirerInfo(payment))
        var due = max(time, notBefore ?? time)
        var hold = false
        if payment.status == .fail, payment.origin == .checkoutPage,
            let session = payment.paymentSessionId.flatMap({ state.sessions[$0] })
        {
            hold = true
            due = max(due, session.expiresAt)
        }
        let why = !hold && due > time ? "when the order closes" : nil
        enqueue(notifyType, body: WireCoding.encodeString(body), for: payment, dueAt: due, supersedable: hold, why: why)
    }

    /// Queues a notification about `payment` for `dueAt`: to `url` when given (a refund's address), else to the
    /// payment's paymentNotifyUrl, else to the Dashboard address (`MockAPOConfig.dashboardNotifyUrl`).
    func enqueue(
        _ notifyType: NotifyType, body: String, for payment: PaymentRecord, url: String? = nil, dueAt: Date,
        supersedable: Bool, why: String? = nil
    ) {
        guard let target = nonEmpty(url) ?? notifyTarget(of: payment) else {
            log(
                .notificationSkipped, notifyType.rawValue, at: dueAt, paymentRequestId: payment.paymentRequestId,
                paymentId: payment.paymentId,
                "not sent: the payment has no paymentNotifyUrl and no Dashboard notification address is set")
            return
        }
        let entry = OutboxEntry(
            id: ids.next(.notification), sequence: state.nextOutboxSequence, notifyType: notifyType, url: target,
            body: body, paymentId: payment.paymentId, paymentRequestId: payment.paymentRequestId,
            createdAt: clock.now(), nextAttemptAt: dueAt, supersedable: supersedable)
        put(entry)
        let dashboard = nonEmpty(url) == nil && nonEmpty(payment.paymentNotifyUrl) == nil
        log(
            .notificationQueued, notifyType.rawValue, at: clock.now(), paymentRequestId: payment.paymentRequestId,
            paymentId: payment.paymentId,
            (supersedable
                ? "queued for \(iso(dueAt)), when the payment session expires"
                : "queued for \(iso(dueAt))" + (why.map { ", \($0)" } ?? ""))
                + (dashboard ? " to the Dashboard address \(target) (the request named no paymentNotifyUrl)" : ""))
    }

    /// Where a payment's notifications go: its paymentNotifyUrl, else the Dashboard address (seeds 001-004: "If you
    /// set the webhook URL through both the API and APO Dashboard, the one set in the pay API takes precedence").
    func notifyTarget(of payment: PaymentRecord) -> String? {
        nonEmpty(payment.paymentNotifyUrl) ?? nonEmpty(config.dashboardNotifyUrl)
    }

    /// A new attempt in the session replaces the held failure results of earlier attempts.
    func supersedeHeldFailures(of paymentRequestId: String, at time: Date) {
        let held = state.pendingOutboxEntries(paymentRequestId: paymentRequestId).filter {
            $0.supersedable && $0.attempts.isEmpty
        }
        for var entry in held {
            entry.status = .superseded
            entry.nextAttemptAt = nil
            put(entry)
            log(
                .notificationSkipped, entry.notifyType.rawValue, at: time, paymentRequestId: paymentRequestId,
                paymentId: entry.paymentId,
                "not sent: the buyer retried, so this failure is not the last order's result")
        }
    }

    // MARK: - Time

    /// Closes timed-out payments, completes delayed results and marks expired sessions, in time order.
    func settle(now: Date) {
        let (due, change) = state.takeDeadlines(dueBy: now)
        undoLog.append(change)
        for deadline in due {
            let (time, id) = (deadline.time, deadline.id)
            switch deadline.kind {
            case .sessionExpires:
                guard var session = state.sessions[id] else { continue }
                session.expired = true
                put(session)
                log(
                    .sessionExpired, "sessionExpired", at: time, paymentRequestId: session.paymentRequestId,
                    "payment session \(id) expired")
            case .paymentCloses:
                fail(id, at: time, code: ResultCode.orderIsClosed, message: Self.message(for: ResultCode.orderIsClosed))
                let payment = state.payments[id]
                log(
                    .paymentSettled, "closed", at: time, paymentRequestId: payment?.paymentRequestId, paymentId: id,
                    result: .failure(ResultCode.orderIsClosed, Self.message(for: ResultCode.orderIsClosed)),
                    "no result before \(iso(time)): the order is closed")
            case .refundCompletes:
                completeRefunds(of: id, at: time)
            case .paymentCompletes:
                succeed(id, at: time, threeDS: nil)
                let payment = state.payments[id]
                log(
                    .paymentSettled, "completed", at: time, paymentRequestId: payment?.paymentRequestId, paymentId: id,
                    result: .success, "the pending payment succeeded")
            }
        }
    }

    // MARK: - Rendering

    /// The payment as `pay` / `submitPayment` answer it now.
    func renderPay(_ payment: PaymentRecord) -> PayResponse {
        var response = PayResponse(
            result: .success, paymentRequestId: payment.paymentRequestId, paymentId: payment.paymentId,
            paymentAmount: payment.paymentAmount, paymentCreateTime: iso(payment.createdAt),
            acquirerInfo: acquirerInfo(payment))
        switch payment.status {
        case .success:
            response.actualPaymentAmount = payment.paymentAmount
            response.paymentTime = payment.paymentTime.map(iso)
            response.authExpiryTime = payment.authExpiresAt.map(iso)
            response.paymentResultInfo = paymentResultInfo(payment)
        case .fail:
            response.result = .failure(payment.resultCode, payment.resultMessage)
            response.paymentResultInfo = paymentResultInfo(payment)
        case .processing:
            response.result = .paymentInProcess
            response.normalUrl = payment.normalUrl
            response.redirectActionForm = payment.redirectActionForm
            response.paymentActionForm = Self.paymentActionForm(payment.redirectActionForm)
            response.orderCodeForm = payment.orderCodeForm
        case .pending:
            response.result = .paymentInProcess
        default:
            // CANCELLED: the payment's own code and message.
            response.result = .failure(payment.resultCode, payment.resultMessage)
        }
        return response
    }

    /// Card details as notifications and inquiries carry them: masked, expiry and holder masked as Antom does,
    /// the token only on the payment that minted it. Empty for other methods (Antom sends `{}`).
    func paymentResultInfo(_ payment: PaymentRecord) -> PaymentResultInfo? {
        guard let card = payment.card else { return payment.paymentMethodType == .card ? nil : PaymentResultInfo() }
        let succeeded = payment.status == .success
        let failed = payment.status == .fail
        return PaymentResultInfo(
            cardNo: card.maskedCardNo, cardBrand: card.brand, cardToken: payment.cardToken,
            issuingCountry: card.issuingCountry, funding: card.funding, paymentMethodRegion: "GLOBAL",
            threeDSResult: payment.threeDSResult ?? ThreeDSResult(eci: "", cavv: ""), avsResultRaw: "U",
            cvvResultRaw: payment.cvvChecked ? "Y" : "U",
            networkTransactionId: succeeded
                ? "SIM" + String(SHA256.hex(payment.paymentId).prefix(10)).uppercased() : nil,
            cardholderName: card.holderName.map { String(repeating: "*", count: $0.count) }, cardBin: card.maskedBin,
            lastFour: card.lastFour, expiryMonth: "**", expiryYear: "**", cardCategory: "CONSUMER",
            refusalCodeRaw: failed ? payment.resultCode.rawValue : nil, refusalReasonRaw: failed ? payment.resultMessage : nil)
    }

    func pspCustomerInfo(_ payment: PaymentRecord) -> PspCustomerInfo? {
        guard payment.card == nil, payment.paymentMethodType != .card else { return nil }
        return PspCustomerInfo(
            pspName: payment.paymentMethodType.rawValue,
            pspCustomerId: SHA256.hex("psp|\(payment.paymentMethodType)|\(payment.paymentRequestId)"))
    }

    static let orderNotExist = APOResult.failure(ResultCode.orderNotExist, "The order doesn't exist.")

    /// The `paymentResultMessage` the mock gives each code.
    static func message(for code: ResultCode) -> String {
        switch code {
        case ResultCode.success: "success."
        case ResultCode.orderIsClosed: "The order is closed."
        case ResultCode.riskReject:
            "The transaction cannot be further processed because of security reasons. If the user has already paid for the transaction, the transaction will be refunded."
        case ResultCode.doNotHonor: "The payment is declined by the issuing bank (do not honor)."
        case ResultCode.invalidCVV: "The CVV is invalid."
        case ResultCode.invalidExpirationDate: "The expiration date is invalid."
        case ResultCode.cardExpired: "The card has expired."
        case ResultCode.invalidCardNumber: "The card number is invalid."
        case ResultCode.userPaymentVerificationFailed: "The user failed the payment verification (3D Secure)."
        case ResultCode.authenticationRequired: "The issuing bank requires authentication (3D Secure)."
        case ResultCode.userBalanceNotEnough: "The user balance is not enough for the payment."
        case ResultCode.paymentAmountExceedLimit: "The payment amount exceeds the limit."
        case ResultCode.processFail: "A general business failure occurred. Don't retry."
        case ResultCode.cardNotSupported: "The card is not supported."
        default: "The payment failed: \(code)."
        }
    }
}
