import Foundation

/// How long an asynchronous refund (`isAsyncRefund: true`) stays PROCESSING before it succeeds.
let asyncRefundDelay: TimeInterval = 30

/// `refund` and `inquiryRefund`: refunds within the method's refund window, synchronous or asynchronous, each
/// reported by REFUND_RESULT to refundNotifyUrl (notifyRefund).
extension MockAPO {
    // MARK: - refund

    public func refund(_ request: RefundRequest) async throws(APOClientError) -> RefundResponse {
        let api = APOEndpoint.refund.rawValue
        return try transact(restoring: [request.paymentId], onStoreFailure: { RefundResponse(result: $0) }) {
            now -> Result<RefundResponse, APOClientError> in
            settle(now: now)
            let response = refundLocked(request, now: now)
            let amount = "\(request.refundAmount?.value ?? "") \(request.refundAmount?.currency ?? "")"
            let summary =
                switch response.result.resultStatus {
                case .success: "refunded \(amount) as \(response.refundId ?? "")"
                case .unknown where response.result.resultCode == ResultCode.refundInProcess:
                    "refund of \(amount) accepted as \(response.refundId ?? ""), in process (isAsyncRefund): REFUND_RESULT follows"
                default: response.result.resultMessage ?? ""
                }
            log(.apiCall, api, at: now, paymentId: request.paymentId, result: response.result, summary)
            return .success(response)
        }.get()
    }

    private func refundLocked(_ request: RefundRequest, now: Date) -> RefundResponse {
        movement(
            .refund, request, requestIdField: "refundRequestId", requestId: request.refundRequestId,
            paymentId: request.paymentId, amountField: "refundAmount", amount: request.refundAmount,
            failed: { RefundResponse(result: $0) }, now: now
        ) { fields in
            refundDecision(request, fields, now: now)
        }
    }

    private func refundDecision(_ request: RefundRequest, _ fields: MovementFields, now: Date) -> RefundResponse {
        let (requestId, paymentId, amount) = (fields.requestId, fields.paymentId, fields.amount)
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
        let days = catalog.method(payment.paymentMethodType)?.refundWindowDays ?? 365
        let deadline = (payment.paymentTime ?? payment.createdAt).addingTimeInterval(TimeInterval(days) * 24 * 3600)
        guard now <= deadline else {
            return RefundResponse(
                result: .failure(
                    ResultCode.refundWindowExceed,
                    "The refund window has passed: a \(payment.paymentMethodType) payment can be refunded for \(days) days after it was paid, until \(iso(deadline))."
                ))
        }
        if let mismatch = fields.currencyMismatch(with: payment) { return RefundResponse(result: mismatch) }
        let wanted = AmountRules.minorUnits(amount) ?? 0
        guard wanted <= payment.refundableValue else {
            return RefundResponse(
                result: .failure(
                    ResultCode.refundAmountExceed,
                    "The total refund amount exceeds the payment amount: \(payment.refundableValue) can still be refunded, \(wanted) asked."
                ))
        }
        let asynchronous = request.isAsyncRefund == true
        let refund = RefundEntry(
            refundId: ids.next(.refund), refundRequestId: requestId, refundAmount: amount,
            status: asynchronous ? .processing : .success, requestedAt: now,
            settlesAt: asynchronous ? now.addingTimeInterval(asyncRefundDelay) : nil,
            refundTime: asynchronous ? nil : now,
            notifyUrl: nonEmpty(request.refundNotifyUrl) ?? nonEmpty(config.dashboardNotifyUrl))
        updatePayment(paymentId) { record in
            record.refunds = (record.refunds ?? []) + [refund]
            record.transactions.append(
                Transaction(
                    transactionType: .refund, transactionStatus: refund.status, transactionId: refund.refundId,
                    transactionRequestId: requestId, transactionAmount: amount,
                    transactionTime: asynchronous ? nil : self.iso(now),
                    transactionResult: asynchronous ? .refundInProcess : .success))
        }
        guard asynchronous else {
            enqueueRefundNotification(refund, of: paymentId, at: now)
            return RefundResponse(
                result: .success, refundRequestId: requestId, refundId: refund.refundId, paymentId: paymentId,
                refundAmount: amount, refundTime: iso(now))
        }
        return RefundResponse(
            result: .refundInProcess, refundRequestId: requestId, refundId: refund.refundId, paymentId: paymentId,
            refundAmount: amount)
    }

    /// The asynchronous refunds of `paymentId` due by `time` succeed (called by `settle`).
    func completeRefunds(of paymentId: String, at time: Date) {
        guard let payment = state.payments[paymentId] else { return }
        let due = (payment.refunds ?? []).filter { $0.status == .processing && ($0.settlesAt ?? .distantFuture) <= time }
        guard !due.isEmpty else { return }
        updatePayment(paymentId) { record in
            for refund in due {
                record.refunds = record.refunds?.map { entry in
                    guard entry.refundId == refund.refundId else { return entry }
                    var done = entry
                    done.status = .success
                    done.settlesAt = nil
                    done.refundTime = time
                    return done
                }
                record.transactions = record.transactions.map { step in
                    guard step.transactionType == .refund, step.transactionId == refund.refundId else { return step }
                    var done = step
                    done.transactionStatus = PaymentStatus.success
                    done.transactionTime = self.iso(time)
                    done.transactionResult = .success
                    return done
                }
            }
        }
        for refund in due {
            var done = refund
            done.status = .success
            done.refundTime = time
            log(
                .paymentSettled, "refundCompleted", at: time, paymentRequestId: payment.paymentRequestId,
                paymentId: paymentId, result: .success,
                "refund \(refund.refundId) of \(refund.refundAmount.value) \(refund.refundAmount.currency) succeeded")
            enqueueRefundNotification(done, of: paymentId, at: time)
        }
    }

    /// REFUND_RESULT for a refund that reached SUCCESS or FAIL, to its address (none: not sent, said so).
    private func enqueueRefundNotification(_ refund: RefundEntry, of paymentId: String, at time: Date) {
        guard let payment = state.payments[paymentId] else { return }
        let succeeded = refund.status == .success
        let body = NotifyRefundRequest(
            notifyType: .refundResult, result: succeeded ? .success : .failure(ResultCode.processFail, "The refund failed."),
            refundStatus: succeeded ? PaymentStatus.success : PaymentStatus.fail,
            refundRequestId: refund.refundRequestId, refundId: refund.refundId, refundAmount: refund.refundAmount,
            refundTime: succeeded ? refund.refundTime.map(iso) : nil)
        guard let url = refund.notifyUrl else {
            log(
                .notificationSkipped, NotifyType.refundResult.rawValue, at: time, paymentRequestId: payment.paymentRequestId,
                paymentId: paymentId, "not sent: the refund named no refundNotifyUrl and no Dashboard address is set")
            return
        }
        enqueue(.refundResult, body: WireCoding.encodeString(body), for: payment, url: url, dueAt: time, supersedable: false)
    }

    // MARK: - inquiryRefund

    public func inquiryRefund(_ request: InquiryRefundRequest) async throws(APOClientError) -> InquiryRefundResponse {
        let api = APOEndpoint.inquiryRefund.rawValue
        let named = refundedPaymentId(refundId: request.refundId, refundRequestId: request.refundRequestId)
        return try transact(restoring: [named], onStoreFailure: { InquiryRefundResponse(result: $0) }) {
            now -> Result<InquiryRefundResponse, APOClientError> in
            settle(now: now)
            let response = inquiryRefundLocked(request)
            let payment = lookUpRefund(refundId: request.refundId, refundRequestId: request.refundRequestId)
            log(
                .apiCall, api, at: now, paymentRequestId: payment?.paymentRequestId, paymentId: payment?.paymentId,
                result: response.result, persist: false,
                response.refundStatus.map { "refundStatus \($0)" } ?? response.result.resultMessage ?? "")
            return .success(response)
        }.get()
    }

    private func inquiryRefundLocked(_ request: InquiryRefundRequest) -> InquiryRefundResponse {
        let refundId = nonEmpty(request.refundId)
        let requestId = refundId == nil ? nonEmpty(request.refundRequestId) : nil
        guard refundId != nil || requestId != nil else {
            return InquiryRefundResponse(
                result: .failure(ResultCode.paramIllegal, "refundId or refundRequestId is required."))
        }
        guard let payment = lookUpRefund(refundId: refundId, refundRequestId: requestId),
            let refund = payment.refund(refundId: refundId, refundRequestId: requestId)
        else {
            return InquiryRefundResponse(result: .failure(ResultCode.refundNotExist, "The refund doesn't exist."))
        }
        return InquiryRefundResponse(
            result: .success, refundId: refund.refundId, refundRequestId: refund.refundRequestId,
            refundAmount: refund.refundAmount, refundStatus: refund.status,
            refundTime: refund.status == .success ? refund.refundTime.map(iso) : nil)
    }

    /// The payment a refund belongs to; `refundId` wins.
    func lookUpRefund(refundId: String?, refundRequestId: String?) -> PaymentRecord? {
        refundedPaymentId(refundId: refundId, refundRequestId: refundRequestId).flatMap { state.payments[$0] }
    }

    /// The id of the payment `lookUpRefund` finds, known even while only the store holds that payment.
    func refundedPaymentId(refundId: String?, refundRequestId: String?) -> String? {
        if let refundId = nonEmpty(refundId) { return state.paymentIdsByRefundId[refundId] }
        return nonEmpty(refundRequestId).flatMap { state.paymentIdsByRefundRequestId[$0] }
    }
}
