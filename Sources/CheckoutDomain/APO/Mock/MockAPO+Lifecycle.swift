import Foundation

extension MockAPO {
    // MARK: - inquiryPayment

    public func inquiryPayment(_ request: InquiryPaymentRequest) async throws(APOClientError) -> InquiryPaymentResponse
    {
        try inquire(request, encoding: false).response
    }

    /// A merchant polls a payment again and again and its answer changes only with it, so the bytes are kept with
    /// what they were rendered from (`InquiryAnswers`) and sent again while that is the same.
    public func inquiryPaymentAnswer(
        _ request: InquiryPaymentRequest
    ) async throws(APOClientError) -> EncodedAnswer<InquiryPaymentResponse> {
        try inquire(request, encoding: true)
    }

    /// The answer, with its bytes when `encoding` (an in-process caller needs none).
    private func inquire(
        _ request: InquiryPaymentRequest, encoding: Bool
    ) throws(APOClientError) -> EncodedAnswer<InquiryPaymentResponse> {
        let api = APOEndpoint.inquiryPayment.rawValue
        let named = namedPaymentId(paymentId: request.paymentId, paymentRequestId: request.paymentRequestId)
        return try transact(restoring: [named], onStoreFailure: { EncodedAnswer(InquiryPaymentResponse(result: $0)) }) {
            now -> Result<EncodedAnswer<InquiryPaymentResponse>, APOClientError> in
            settle(now: now)
            let answer: EncodedAnswer<InquiryPaymentResponse>
            if let payment = lookUp(paymentId: request.paymentId, paymentRequestId: request.paymentRequestId) {
                answer = encoding ? encodedInquiry(payment) : EncodedAnswer(renderInquiry(payment))
            } else if nonEmpty(request.paymentId) == nil && nonEmpty(request.paymentRequestId) == nil {
                answer = EncodedAnswer(InquiryPaymentResponse(result: Self.idRequired))
            } else {
                answer = EncodedAnswer(InquiryPaymentResponse(result: Self.orderNotExist))
            }
            let response = answer.response
            log(
                .apiCall, api, at: now, paymentRequestId: response.paymentRequestId ?? request.paymentRequestId,
                paymentId: response.paymentId ?? request.paymentId, result: response.result,
                // A read changes nothing worth a commit: its timeline line stays in memory.
                persist: false,
                response.paymentStatus.map { "paymentStatus \($0)" } ?? response.result.resultMessage ?? "")
            return .success(answer)
        }.get()
    }

    /// The payment's answer with its bytes: the kept ones while the payment (and its session's page) is unchanged.
    private func encodedInquiry(_ payment: PaymentRecord) -> EncodedAnswer<InquiryPaymentResponse> {
        let source = InquirySource(payment: payment, redirectUrl: paymentRedirectUrl(payment))
        if let kept = inquiryAnswers.answer(for: source) { return kept }
        let response = renderInquiry(source)
        let answer = EncodedAnswer(response: response, encoded: WireCoding.encode(response))
        inquiryAnswers.keep(answer, for: source, limit: config.paymentsKeptInMemory)
        return answer
    }

    /// `paymentId` wins; a paymentRequestId names its latest attempt.
    func lookUp(paymentId: String?, paymentRequestId: String?) -> PaymentRecord? {
        namedPaymentId(paymentId: paymentId, paymentRequestId: paymentRequestId).flatMap { state.payments[$0] }
    }

    /// The id of the payment `lookUp` finds, known even while only the store holds that payment.
    func namedPaymentId(paymentId: String?, paymentRequestId: String?) -> String? {
        if let paymentId = nonEmpty(paymentId) { return paymentId }
        return nonEmpty(paymentRequestId).flatMap { state.paymentIdsByRequestId[$0]?.last }
    }

    static let idRequired = APOResult.failure(ResultCode.paramIllegal, "paymentId or paymentRequestId is required.")

    func renderInquiry(_ payment: PaymentRecord) -> InquiryPaymentResponse {
        renderInquiry(InquirySource(payment: payment, redirectUrl: paymentRedirectUrl(payment)))
    }

    /// The answer to an inquiry about `source.payment`; the rest is the mock's fixed configuration.
    private func renderInquiry(_ source: InquirySource) -> InquiryPaymentResponse {
        let payment = source.payment
        let succeeded = payment.status == .success
        let resultInfo = paymentResultInfo(payment)
        return InquiryPaymentResponse(
            result: .success, paymentStatus: payment.status, paymentResultCode: payment.resultCode,
            paymentResultMessage: payment.resultMessage, paymentRequestId: payment.paymentRequestId,
            paymentId: payment.paymentId, paymentAmount: payment.paymentAmount,
            actualPaymentAmount: succeeded ? payment.paymentAmount : nil,
            authExpiryTime: payment.authExpiresAt.map(iso),
            paymentCreateTime: iso(payment.createdAt), paymentTime: succeeded ? payment.paymentTime.map(iso) : nil,
            paymentMethodType: payment.paymentMethodType, paymentResultInfo: resultInfo,
            transactions: payment.transactions.isEmpty ? nil : payment.transactions,
            redirectActionForm: payment.status == .processing ? payment.redirectActionForm : nil,
            pspCustomerInfo: succeeded ? pspCustomerInfo(payment) : nil, cardInfo: cardInfo(payment, from: resultInfo),
            acquirerInfo: acquirerInfo(payment), paymentRedirectUrl: source.redirectUrl)
    }

    // MARK: - capture

    public func capture(_ request: CaptureRequest) async throws(APOClientError) -> CaptureResponse {
        let api = APOEndpoint.capture.rawValue
        return try transact(restoring: [request.paymentId], onStoreFailure: { CaptureResponse(result: $0) }) {
            now -> Result<CaptureResponse, APOClientError> in
            settle(now: now)
            let response = captureLocked(request, now: now)
            log(
                .apiCall, api, at: now, paymentId: request.paymentId, result: response.result,
                response.result.resultStatus == .success
                    ? "captured \(request.captureAmount?.value ?? "") \(request.captureAmount?.currency ?? "") as \(response.captureId ?? "")"
                    : response.result.resultMessage ?? response.result.resultCode.rawValue)
            return .success(response)
        }.get()
    }

    private func captureLocked(_ request: CaptureRequest, now: Date) -> CaptureResponse {
        movement(
            .capture, request, requestIdField: "captureRequestId", requestId: request.captureRequestId,
            paymentId: request.paymentId, amountField: "captureAmount", amount: request.captureAmount,
            failed: { CaptureResponse(result: $0) }, now: now
        ) { fields in
            captureDecision(request, fields, now: now)
        }
    }

    private func captureDecision(_ request: CaptureRequest, _ fields: MovementFields, now: Date) -> CaptureResponse {
        let (requestId, paymentId, amount) = (fields.requestId, fields.paymentId, fields.amount)
        guard let payment = state.payments[paymentId] else { return CaptureResponse(result: Self.orderNotExist) }
        guard payment.authorizationCapture else {
            return CaptureResponse(
                result: .failure(
                    ResultCode.orderStatusInvalid,
                    "The order status is invalid: \(payment.paymentMethodType) payments are not authorised, so there is nothing to capture."
                ))
        }
        guard payment.status == .success else {
            return CaptureResponse(
                result: .failure(
                    ResultCode.orderStatusInvalid,
                    "The order status is invalid: only an authorised payment can be captured; this one is \(payment.status.rawValue)."
                ))
        }
        if payment.captureClosed {
            return CaptureResponse(
                result: .failure(
                    ResultCode.orderStatusInvalid,
                    "The order status is invalid: the last capture released the rest of the authorisation."))
        }
        if let expiry = payment.authExpiresAt, now > expiry {
            return CaptureResponse(
                result: .failure(
                    ResultCode.orderStatusInvalid,
                    "The order status is invalid: the authorisation expired at \(iso(expiry)) and its funds were released."
                ))
        }
        if let mismatch = fields.currencyMismatch(with: payment) { return CaptureResponse(result: mismatch) }
        let authorized = AmountRules.minorUnits(payment.paymentAmount) ?? 0
        let wanted = AmountRules.minorUnits(amount) ?? 0
        guard payment.capturedValue + wanted <= authorized else {
            return CaptureResponse(
                result: .failure(
                    ResultCode.captureAmountExceedAuthorizedAmount,
                    "The capture amount exceeds the authorized amount: \(payment.capturedValue) of \(authorized) already captured, \(wanted) more asked."
                ))
        }
        let (captureId, failure) = recordCapture(paymentId, amount: amount, captureRequestId: requestId, at: now)
        if let failure {
            return CaptureResponse(
                result: failure, captureRequestId: requestId, captureId: captureId, paymentId: paymentId,
                captureAmount: amount)
        }
        if request.isLastCapture == true { updatePayment(paymentId) { $0.captureClosed = true } }
        return CaptureResponse(
            result: .success, captureRequestId: requestId, captureId: captureId, paymentId: paymentId,
            captureAmount: amount, captureTime: iso(now))
    }

    // MARK: - Notification delivery

    /// Settles what the clock has passed, then makes every notification attempt that is due now, in creation
    /// order, and reports each. Only the exact acknowledgement stops the retries; after the last attempt of
    /// `config.notificationSchedule` a notification is `exhausted`.
    public func deliverDueNotifications() async -> [NotificationAttempt] {
        let due = takeDueNotifications()
        var made: [NotificationAttempt] = []
        let width = max(1, sink.concurrentDeliveries)
        for start in stride(from: 0, to: due.count, by: width) {
            // A stopping server does not drain a whole backlog first: what is left stays pending for the next run.
            if Task.isCancelled {
                for notification in due[start...] { inFlight.remove(notification.id) }
                break
            }
            let batch = Array(due[start..<min(start + width, due.count)])
            // Attempts are recorded in creation order whatever order the merchant answered in.
            made += recordDeliveries(await deliver(batch))
        }
        return made
    }

    /// Posts a batch at once and returns each notification with the merchant's answer, in the batch's order.
    private func deliver(_ batch: [OutboundNotification]) async -> [DeliveryAnswer] {
        guard batch.count > 1 else {
            guard let only = batch.first else { return [] }
            return [DeliveryAnswer(notification: only, outcome: await sink.deliver(only))]
        }
        let sink = sink
        let outcomes = await withTaskGroup(of: (Int, DeliveryOutcome).self) { group in
            for (index, notification) in batch.enumerated() {
                group.addTask { (index, await sink.deliver(notification)) }
            }
            var outcomes: [Int: DeliveryOutcome] = [:]
            for await (index, outcome) in group { outcomes[index] = outcome }
            return outcomes
        }
        return batch.indices.compactMap { index in
            outcomes[index].map { DeliveryAnswer(notification: batch[index], outcome: $0) }
        }
    }

    func recordAttempt(entryId: String, number: Int, time: Date, outcome: DeliveryOutcome)
        -> NotificationAttempt?
    {
        guard var entry = state.pendingOutbox[entryId], entry.attempts.count + 1 == number else {
            return nil
        }
        let verdict = outcome.verdict
        let answer = AnswerExcerpt.of(outcome.responseBody)
        entry.attempts.append(
            NotificationAttemptRecord(
                number: number, time: time, httpStatus: outcome.httpStatus, transportError: outcome.transportError,
                responseBody: answer, acked: verdict.acked, latency: outcome.latency, verdict: verdict))
        let schedule = config.notificationSchedule
        if verdict.acked {
            entry.status = .acked
            entry.nextAttemptAt = nil
        } else if entry.attempts.count >= schedule.count {
            entry.status = .exhausted
            entry.nextAttemptAt = nil
        } else {
            entry.nextAttemptAt = time.addingTimeInterval(schedule[entry.attempts.count])
        }
        put(entry)
        let attempt = NotificationAttempt(
            notificationId: entry.id, notifyType: entry.notifyType, url: entry.url, paymentId: entry.paymentId,
            paymentRequestId: entry.paymentRequestId, attempt: number, maximumAttempts: schedule.count, time: time,
            httpStatus: outcome.httpStatus, transportError: outcome.transportError, answer: answer,
            latency: outcome.latency, verdict: verdict, nextAttemptAt: entry.nextAttemptAt, status: entry.status)
        log(
            .notificationAttempt, entry.notifyType.rawValue, at: time, paymentRequestId: entry.paymentRequestId,
            paymentId: entry.paymentId, attempt: number, acked: verdict.acked, httpStatus: outcome.httpStatus,
            "attempt \(number) to \(entry.url): \(DeliveryText.outcome(attempt))")
        return attempt
    }
}

/// The fields capture and refund both require: their own request id, the payment and an amount.
struct MovementFields {
    var requestId: String
    var paymentId: String
    var amountField: String
    var amount: Amount

    /// PARAM_ILLEGAL when the amount is not in `payment`'s currency: a capture or refund never converts.
    func currencyMismatch(with payment: PaymentRecord) -> APOResult? {
        let currency = payment.paymentAmount.currency
        guard amount.currency != currency else { return nil }
        return .failure(
            ResultCode.paramIllegal, "\(amountField).currency (\(amount.currency)) must be the payment currency (\(currency)).")
    }
}

/// A capture or refund request that failed the shared field checks.
struct MovementFieldsFailure: Error {
    var result: APOResult
}

extension MockAPO {
    /// A capture or refund: the shared field checks, idempotency by its own request id, then `decide`, whose answer
    /// a repeat of the same request gets again.
    func movement<Request: Encodable & Equatable, Response: Codable & Sendable>(
        _ endpoint: APOEndpoint, _ request: Request, requestIdField: String, requestId: String?, paymentId: String?,
        amountField: String, amount: Amount?, failed: (APOResult) -> Response, now: Date,
        decide: (MovementFields) -> Response
    ) -> Response {
        let fields: MovementFields
        switch movementFields(
            requestIdField: requestIdField, requestId: requestId, paymentId: paymentId, amountField: amountField,
            amount: amount)
        {
        case .success(let value): fields = value
        case .failure(let failure): return failed(failure.result)
        }
        let fingerprint: RequestFingerprint
        switch idempotency(
            api: endpoint.rawValue, requestId: fields.requestId, request: request,
            redacted: Redacted(value: request, masked: false), as: Response.self, now: now)
        {
        case .replay(let response): return response
        case .conflict: return failed(Self.repeatInconsistent)
        case .unreadable: return failed(Self.unknownException)
        case .fresh(let value): fingerprint = value
        }
        let response = decide(fields)
        remember(fingerprint, response: response, now: now)
        return response
    }

    /// Checks the request id (at most 64 characters), the paymentId and the amount of a capture or refund.
    func movementFields(
        requestIdField: String, requestId: String?, paymentId: String?, amountField: String, amount: Amount?
    ) -> Result<MovementFields, MovementFieldsFailure> {
        func failure(_ message: String) -> Result<MovementFields, MovementFieldsFailure> {
            .failure(MovementFieldsFailure(result: .failure(ResultCode.paramIllegal, message)))
        }
        guard let requestId = nonEmpty(requestId) else { return failure("\(requestIdField) is required.") }
        if requestId.count > 64 { return failure("\(requestIdField) is longer than 64 characters.") }
        guard let paymentId = nonEmpty(paymentId) else { return failure("paymentId is required.") }
        guard let amount else { return failure("\(amountField) is required.") }
        if let problem = AmountRules(currencies: currencies).problem(with: amount, field: amountField) {
            return failure(problem)
        }
        return .success(MovementFields(requestId: requestId, paymentId: paymentId, amountField: amountField, amount: amount))
    }
}
