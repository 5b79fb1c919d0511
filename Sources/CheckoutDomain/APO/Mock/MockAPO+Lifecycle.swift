import Foundation

extension MockAPO {
    // MARK: - inquiryPayment

    public func inquiryPayment(_ request: InquiryPaymentRequest) async throws(APOClientError) -> InquiryPaymentResponse
    {
        let api = APOEndpoint.inquiryPayment.rawValue
        return try transact(onStoreFailure: { InquiryPaymentResponse(result: $0) }) {
            now -> Result<InquiryPaymentResponse, APOClientError> in
            settle(now: now)
            let response: InquiryPaymentResponse
            if let payment = lookUp(paymentId: request.paymentId, paymentRequestId: request.paymentRequestId) {
                response = renderInquiry(payment)
            } else if nonEmpty(request.paymentId) == nil && nonEmpty(request.paymentRequestId) == nil {
                response = InquiryPaymentResponse(result: Self.idRequired)
            } else {
                response = InquiryPaymentResponse(result: Self.orderNotExist)
            }
            log(
                .apiCall, api, at: now, paymentRequestId: response.paymentRequestId ?? request.paymentRequestId,
                paymentId: response.paymentId ?? request.paymentId, result: response.result,
                // A read changes nothing worth a commit: its timeline line stays in memory.
                persist: false,
                response.paymentStatus.map { "paymentStatus \($0)" } ?? response.result.resultMessage ?? "")
            return .success(response)
        }.get()
    }

    /// `paymentId` wins; a paymentRequestId names its latest attempt.
    func lookUp(paymentId: String?, paymentRequestId: String?) -> PaymentRecord? {
        if let paymentId = nonEmpty(paymentId) { return state.payments[paymentId] }
        if let requestId = nonEmpty(paymentRequestId) {
            return state.paymentIdsByRequestId[requestId]?.last.flatMap { state.payments[$0] }
        }
        return nil
    }

    static let idRequired = APOResult.failure(ResultCode.paramIllegal, "paymentId or paymentRequestId is required.")

    func renderInquiry(_ payment: PaymentRecord) -> InquiryPaymentResponse {
        let succeeded = payment.status == .success
        return InquiryPaymentResponse(
            result: .success, paymentStatus: payment.status.rawValue, paymentResultCode: payment.resultCode,
            paymentResultMessage: payment.resultMessage, paymentRequestId: payment.paymentRequestId,
            paymentId: payment.paymentId, paymentAmount: payment.paymentAmount,
            actualPaymentAmount: succeeded ? payment.paymentAmount : nil,
            authExpiryTime: payment.authExpiresAt.map(iso),
            paymentCreateTime: iso(payment.createdAt), paymentTime: succeeded ? payment.paymentTime.map(iso) : nil,
            paymentMethodType: payment.paymentMethodType, paymentResultInfo: paymentResultInfo(payment),
            transactions: payment.transactions.isEmpty ? nil : payment.transactions,
            redirectActionForm: payment.status == .processing ? payment.redirectActionForm : nil,
            pspCustomerInfo: succeeded ? pspCustomerInfo(payment) : nil)
    }

    // MARK: - capture

    public func capture(_ request: CaptureRequest) async throws(APOClientError) -> CaptureResponse {
        let api = APOEndpoint.capture.rawValue
        return try transact(onStoreFailure: { CaptureResponse(result: $0) }) {
            now -> Result<CaptureResponse, APOClientError> in
            settle(now: now)
            let response = captureLocked(request, now: now)
            log(
                .apiCall, api, at: now, paymentId: request.paymentId, result: response.result,
                response.result.resultStatus == .success
                    ? "captured \(request.captureAmount?.value ?? "") \(request.captureAmount?.currency ?? "") as \(response.captureId ?? "")"
                    : response.result.resultMessage ?? response.result.resultCode)
            return .success(response)
        }.get()
    }

    private func captureLocked(_ request: CaptureRequest, now: Date) -> CaptureResponse {
        let api = APOEndpoint.capture.rawValue
        let fields: MovementFields
        switch movementFields(
            requestIdField: "captureRequestId", requestId: request.captureRequestId, paymentId: request.paymentId,
            amountField: "captureAmount", amount: request.captureAmount)
        {
        case .success(let value): fields = value
        case .failure(let failure): return CaptureResponse(result: failure.result)
        }
        let (requestId, paymentId, amount) = (fields.requestId, fields.paymentId, fields.amount)
        let fingerprint: RequestFingerprint
        switch idempotency(
            api: api, requestId: requestId, request: request, redacted: request, as: CaptureResponse.self)
        {
        case .replay(let response): return response
        case .conflict: return CaptureResponse(result: Self.repeatInconsistent)
        case .fresh(let value): fingerprint = value
        }
        let response = captureDecision(request, requestId: requestId, paymentId: paymentId, amount: amount, now: now)
        remember(fingerprint, response: response, now: now)
        return response
    }

    private func captureDecision(
        _ request: CaptureRequest, requestId: String, paymentId: String, amount: Amount, now: Date
    ) -> CaptureResponse {
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
        guard amount.currency == payment.paymentAmount.currency else {
            return CaptureResponse(
                result: .failure(
                    ResultCode.paramIllegal,
                    "captureAmount.currency (\(amount.currency)) must be the payment currency (\(payment.paymentAmount.currency))."
                ))
        }
        let authorized = AmountRules.minorUnits(payment.paymentAmount) ?? 0
        let wanted = AmountRules.minorUnits(amount) ?? 0
        guard payment.capturedValue + wanted <= authorized else {
            return CaptureResponse(
                result: .failure(
                    ResultCode.captureAmountExceedAuthorizedAmount,
                    "The capture amount exceeds the authorized amount: \(payment.capturedValue) of \(authorized) already captured, \(wanted) more asked."
                ))
        }
        let captureId = recordCapture(paymentId, amount: amount, captureRequestId: requestId, at: now)
        if request.isLastCapture == true { updatePayment(paymentId) { $0.captureClosed = true } }
        return CaptureResponse(
            result: .success, captureRequestId: requestId, captureId: captureId, paymentId: paymentId,
            captureAmount: amount, captureTime: iso(now))
    }

    // MARK: - cancel

    public func cancel(_ request: CancelRequest) async throws(APOClientError) -> CancelResponse {
        let api = APOEndpoint.cancel.rawValue
        return try transact(onStoreFailure: { CancelResponse(result: $0) }) {
            now -> Result<CancelResponse, APOClientError> in
            settle(now: now)
            let response = cancelLocked(request, now: now)
            log(
                .apiCall, api, at: now, paymentRequestId: response.paymentRequestId ?? request.paymentRequestId,
                paymentId: response.paymentId ?? request.paymentId, result: response.result,
                response.result.resultStatus == .success ? "cancelled" : response.result.resultMessage ?? "")
            return .success(response)
        }.get()
    }

    private func cancelLocked(_ request: CancelRequest, now: Date) -> CancelResponse {
        guard let payment = lookUp(paymentId: request.paymentId, paymentRequestId: request.paymentRequestId) else {
            if nonEmpty(request.paymentId) == nil && nonEmpty(request.paymentRequestId) == nil {
                return CancelResponse(result: Self.idRequired)
            }
            return CancelResponse(result: Self.orderNotExist)
        }
        let answer = { (time: Date) in
            CancelResponse(
                result: .success, paymentId: payment.paymentId, paymentRequestId: payment.paymentRequestId,
                cancelTime: self.iso(time))
        }
        if payment.status == .cancelled, let cancelledAt = payment.cancelledAt { return answer(cancelledAt) }
        let authorisedNotCaptured =
            payment.status == .success && payment.authorizationCapture && payment.capturedValue == 0
        guard payment.status == .processing || payment.status == .pending || authorisedNotCaptured else {
            let why =
                switch payment.status {
                case .success:
                    payment.authorizationCapture
                        ? "it is already captured; refund it instead" : "it already succeeded; refund it instead"
                default: "it is \(payment.status.rawValue)"
                }
            return CancelResponse(
                result: .failure(
                    ResultCode.orderStatusInvalid,
                    "The order status is invalid: the payment cannot be cancelled because \(why)."),
                paymentId: payment.paymentId, paymentRequestId: payment.paymentRequestId)
        }
        updatePayment(payment.paymentId) { record in
            record.status = .cancelled
            record.resultCode = ResultCode.orderIsClosed
            record.resultMessage = "The payment was cancelled."
            record.waitingFor = nil
            record.settlesAt = nil
            record.cancelledAt = now
            record.transactions.append(
                Transaction(
                    transactionType: "CANCEL", transactionStatus: PaymentStatus.success.rawValue,
                    transactionId: record.paymentId, transactionRequestId: record.paymentRequestId,
                    transactionAmount: record.paymentAmount, transactionTime: self.iso(now), transactionResult: .success
                ))
        }
        return answer(now)
    }

    // MARK: - refund

    public func refund(_ request: RefundRequest) async throws(APOClientError) -> RefundResponse {
        let api = APOEndpoint.refund.rawValue
        return try transact(onStoreFailure: { RefundResponse(result: $0) }) {
            now -> Result<RefundResponse, APOClientError> in
            settle(now: now)
            let response = refundLocked(request, now: now)
            log(
                .apiCall, api, at: now, paymentId: request.paymentId, result: response.result,
                response.result.resultStatus == .success
                    ? "refunded \(request.refundAmount?.value ?? "") \(request.refundAmount?.currency ?? "") as \(response.refundId ?? "")"
                    : response.result.resultMessage ?? "")
            return .success(response)
        }.get()
    }

    private func refundLocked(_ request: RefundRequest, now: Date) -> RefundResponse {
        let api = APOEndpoint.refund.rawValue
        let fields: MovementFields
        switch movementFields(
            requestIdField: "refundRequestId", requestId: request.refundRequestId, paymentId: request.paymentId,
            amountField: "refundAmount", amount: request.refundAmount)
        {
        case .success(let value): fields = value
        case .failure(let failure): return RefundResponse(result: failure.result)
        }
        let (requestId, paymentId, amount) = (fields.requestId, fields.paymentId, fields.amount)
        let fingerprint: RequestFingerprint
        switch idempotency(api: api, requestId: requestId, request: request, redacted: request, as: RefundResponse.self)
        {
        case .replay(let response): return response
        case .conflict: return RefundResponse(result: Self.repeatInconsistent)
        case .fresh(let value): fingerprint = value
        }
        let response = refundDecision(requestId: requestId, paymentId: paymentId, amount: amount, now: now)
        remember(fingerprint, response: response, now: now)
        return response
    }

    private func refundDecision(requestId: String, paymentId: String, amount: Amount, now: Date) -> RefundResponse {
        guard let payment = state.payments[paymentId] else { return RefundResponse(result: Self.orderNotExist) }
        guard payment.status == .success else {
            return RefundResponse(
                result: .failure(
                    ResultCode.orderStatusInvalid,
                    "The order status is invalid: only a successful payment can be refunded; this one is \(payment.status.rawValue)."
                ))
        }
        if payment.authorizationCapture && payment.capturedValue == 0 {
            return RefundResponse(
                result: .failure(
                    ResultCode.orderStatusInvalid,
                    "The order status is invalid: nothing is captured yet; capture the payment or cancel the authorisation."
                ))
        }
        guard amount.currency == payment.paymentAmount.currency else {
            return RefundResponse(
                result: .failure(
                    ResultCode.paramIllegal,
                    "refundAmount.currency (\(amount.currency)) must be the payment currency (\(payment.paymentAmount.currency))."
                ))
        }
        let wanted = AmountRules.minorUnits(amount) ?? 0
        guard wanted <= payment.refundableValue else {
            return RefundResponse(
                result: .failure(
                    ResultCode.refundAmountExceed,
                    "The total refund amount exceeds the payment amount: \(payment.refundableValue) can still be refunded, \(wanted) asked."
                ))
        }
        let refundId = ids.next(.refund)
        updatePayment(paymentId) { record in
            record.transactions.append(
                Transaction(
                    transactionType: "REFUND", transactionStatus: PaymentStatus.success.rawValue,
                    transactionId: refundId,
                    transactionRequestId: requestId, transactionAmount: amount, transactionTime: self.iso(now),
                    transactionResult: .success))
        }
        return RefundResponse(
            result: .success, refundRequestId: requestId, refundId: refundId, paymentId: paymentId,
            refundAmount: amount,
            refundTime: iso(now))
    }

    // MARK: - Notification delivery

    /// Settles what the clock has passed, then makes every notification attempt that is due now, in creation
    /// order, and reports each. Only the exact acknowledgement stops the retries; after the last attempt of
    /// `config.notificationSchedule` a notification is `exhausted`.
    public func deliverDueNotifications() async -> [NotificationAttempt] {
        _ = transact(onStoreFailure: { _ in () }) { now -> Result<Void, APOClientError> in
            settle(now: now)
            return .success(())
        }
        let now = clock.now()
        let due = state.pendingOutboxIds.compactMap { state.outbox[$0] }.filter { entry in
            entry.status == .pending && !inFlight.contains(entry.id) && (entry.nextAttemptAt.map { $0 <= now } ?? false)
        }.sorted { $0.sequence < $1.sequence }
        for entry in due { inFlight.insert(entry.id) }
        var made: [NotificationAttempt] = []
        let width = max(1, sink.concurrentDeliveries)
        for start in stride(from: 0, to: due.count, by: width) {
            // A stopping server does not drain a whole backlog first: what is left stays pending for the next run.
            if Task.isCancelled {
                for entry in due[start...] { inFlight.remove(entry.id) }
                break
            }
            let batch = due[start..<min(start + width, due.count)].map { entry in
                OutboundNotification(
                    id: entry.id, url: entry.url, notifyType: entry.notifyType, body: entry.bodyBytes,
                    attempt: entry.attempts.count + 1, paymentId: entry.paymentId,
                    paymentRequestId: entry.paymentRequestId, requestTime: clock.now(), clientId: config.clientId)
            }
            // Attempts are recorded in creation order whatever order the merchant answered in.
            for (notification, outcome) in await deliver(batch) {
                inFlight.remove(notification.id)
                let recorded = transact(onStoreFailure: { _ -> NotificationAttempt? in nil }) {
                    _ -> Result<NotificationAttempt?, APOClientError> in
                    .success(recordAttempt(
                        entryId: notification.id, number: notification.attempt, time: notification.requestTime,
                        outcome: outcome))
                }
                if case .success(let attempt?) = recorded { made.append(attempt) }
            }
        }
        return made
    }

    /// Posts a batch at once and returns each notification with the merchant's answer, in the batch's order.
    private func deliver(_ batch: [OutboundNotification]) async -> [(OutboundNotification, DeliveryOutcome)] {
        guard batch.count > 1 else {
            guard let only = batch.first else { return [] }
            return [(only, await sink.deliver(only))]
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
        return batch.indices.compactMap { index in outcomes[index].map { (batch[index], $0) } }
    }

    private func recordAttempt(entryId: String, number: Int, time: Date, outcome: DeliveryOutcome)
        -> NotificationAttempt?
    {
        guard var entry = state.outbox[entryId], entry.status == .pending, entry.attempts.count + 1 == number else {
            return nil
        }
        let acked = outcome.isAcknowledgement
        let body = String(decoding: outcome.responseBody, as: UTF8.self)
        entry.attempts.append(
            NotificationAttemptRecord(
                number: number, time: time, httpStatus: outcome.httpStatus, transportError: outcome.transportError,
                responseBody: body.isEmpty ? nil : String(body.prefix(1024)), acked: acked))
        let schedule = config.notificationSchedule
        if acked {
            entry.status = .acked
            entry.nextAttemptAt = nil
        } else if entry.attempts.count >= schedule.count {
            entry.status = .exhausted
            entry.nextAttemptAt = nil
        } else {
            entry.nextAttemptAt = time.addingTimeInterval(schedule[entry.attempts.count])
        }
        put(entry)
        let answer =
            outcome.httpStatus.map { "HTTP \($0)" } ?? "no answer (\(outcome.transportError ?? "transport error"))"
        let next =
            switch entry.status {
            case .acked: "acknowledged"
            case .exhausted: "not acknowledged; no attempts left"
            default: "not acknowledged; next attempt \(entry.nextAttemptAt.map(iso) ?? "")"
            }
        log(
            .notificationAttempt, entry.notifyType, at: time, paymentRequestId: entry.paymentRequestId,
            paymentId: entry.paymentId, attempt: number, acked: acked, httpStatus: outcome.httpStatus,
            "attempt \(number) to \(entry.url): \(answer), \(next)")
        return NotificationAttempt(
            notificationId: entry.id, notifyType: entry.notifyType, url: entry.url, paymentId: entry.paymentId,
            paymentRequestId: entry.paymentRequestId, attempt: number, time: time, httpStatus: outcome.httpStatus,
            transportError: outcome.transportError, acked: acked, nextAttemptAt: entry.nextAttemptAt,
            status: entry.status)
    }
}

/// The fields capture and refund both require: their own request id, the payment and an amount.
struct MovementFields {
    var requestId: String
    var paymentId: String
    var amount: Amount
}

/// A capture or refund request that failed the shared field checks.
struct MovementFieldsFailure: Error {
    var result: APOResult
}

extension MockAPO {
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
        return .success(MovementFields(requestId: requestId, paymentId: paymentId, amount: amount))
    }
}
