import Foundation

/// `cancel`: closing an unfinished payment, voiding an uncaptured authorisation, or, inside the method's cancel
/// window, cancelling a paid payment and so refunding the buyer in full (seed 004 "Payment failed retry": "if there
/// is more than one successful payment order, then it needs to call the cancel API to refund the buyer").
extension MockAPO {
    public func cancel(_ request: CancelRequest) async throws(APOClientError) -> CancelResponse {
        let api = APOEndpoint.cancel.rawValue
        let named = namedPaymentId(paymentId: request.paymentId, paymentRequestId: request.paymentRequestId)
        return try transact(restoring: [named], onStoreFailure: { CancelResponse(result: $0) }) {
            now -> Result<CancelResponse, APOClientError> in
            settle(now: now)
            let (response, note) = cancelLocked(request, now: now)
            log(
                .apiCall, api, at: now, paymentRequestId: response.paymentRequestId ?? request.paymentRequestId,
                paymentId: response.paymentId ?? request.paymentId, result: response.result,
                response.result.resultStatus == .success ? note : response.result.resultMessage ?? "")
            return .success(response)
        }.get()
    }

    /// The answer, and on success what the cancellation did, for the timeline.
    private func cancelLocked(_ request: CancelRequest, now: Date) -> (CancelResponse, String) {
        guard let payment = lookUp(paymentId: request.paymentId, paymentRequestId: request.paymentRequestId) else {
            if nonEmpty(request.paymentId) == nil && nonEmpty(request.paymentRequestId) == nil {
                return (CancelResponse(result: Self.idRequired), "")
            }
            return (CancelResponse(result: Self.orderNotExist), "")
        }
        let refused = { (code: ResultCode, why: String) in
            CancelResponse(
                result: .failure(code, why), paymentId: payment.paymentId, paymentRequestId: payment.paymentRequestId)
        }
        if payment.status == .cancelled, let cancelledAt = payment.cancelledAt {
            return (cancelled(payment, at: cancelledAt), "already cancelled at \(iso(cancelledAt))")
        }
        switch cancelDecision(payment, now: now) {
        case .refuse(let code, let why):
            return (refused(code, why), "")
        case .close(let refund):
            let note = close(payment, refund: refund, at: now)
            return (cancelled(payment, at: now), note)
        }
    }

    private func cancelled(_ payment: PaymentRecord, at time: Date) -> CancelResponse {
        CancelResponse(
            result: .success, paymentId: payment.paymentId, paymentRequestId: payment.paymentRequestId,
            cancelTime: iso(time))
    }

    /// What a cancel does to a payment now, by its state and its method's cancel window.
    private func cancelDecision(_ payment: PaymentRecord, now: Date) -> CancelDecision {
        let method = payment.paymentMethodType
        let window = catalog.method(method)?.cancelWindow ?? .nextDay
        let invalid = { (why: String) in
            CancelDecision.refuse(
                ResultCode.orderStatusInvalid, "The order status is invalid: the payment cannot be cancelled because \(why).")
        }
        let late = { (deadline: Date?) in
            CancelDecision.refuse(
                ResultCode.cancelWindowExceed,
                deadline.map {
                    "The cancellation window has passed: a \(method) payment can be cancelled \(window.label), here until \(self.iso($0)). Refund it instead."
                } ?? "\(method) payments cannot be cancelled (\(window.label)); wait for the order to close, or refund a paid one.")
        }
        switch payment.status {
        case .fail: return invalid("it is FAIL; nothing was taken")
        case .cancelled: return invalid("it is already CANCELLED")
        case .processing, .pending:
            guard let deadline = window.deadline(paidAt: payment.createdAt) else { return late(nil) }
            return now <= deadline ? .close(refund: false) : late(deadline)
        case .success:
            if payment.refundedValue > 0 {
                return .refuse(
                    ResultCode.processFail,
                    "A payment that has been refunded (in full or in part) cannot be cancelled; refund the rest instead.")
            }
            if payment.authorizationCapture && payment.capturedValue > 0 {
                return invalid("it is already captured; refund it instead")
            }
            if case .untilPaid = window {
                return .refuse(
                    ResultCode.cancelWindowExceed,
                    "The cancellation window has passed: a \(method) payment can be cancelled only until it is paid. Refund it instead.")
            }
            guard let deadline = window.deadline(paidAt: payment.paymentTime ?? payment.createdAt) else {
                return late(nil)
            }
            guard now <= deadline else { return late(deadline) }
            // An uncaptured authorisation is released: nothing was taken, so nothing is refunded.
            return .close(refund: !payment.authorizationCapture)
        default:
            // The mock gives its payments no other status.
            return invalid("its status is \(payment.status)")
        }
    }

    /// Marks the payment CANCELLED; a paid one is refunded in full (docs.antom.com/ac/cashierpay/cancel, table 2:
    /// "The cancellation request is issued when the transaction is paid and within the cancellation period: Full
    /// refund"). Returns the timeline's words for it.
    private func close(_ payment: PaymentRecord, refund: Bool, at now: Date) -> String {
        let refundId = refund ? ids.next(.refund) : nil
        let paid = "\(payment.paymentAmount.value) \(payment.paymentAmount.currency)"
        updatePayment(payment.paymentId) { record in
            let wasAuthorised = record.status == .success
            record.status = .cancelled
            record.resultCode = ResultCode.orderIsClosed
            record.resultMessage = "The payment was cancelled."
            record.waitingFor = nil
            record.settlesAt = nil
            record.cancelledAt = now
            if wasAuthorised { record.captureClosed = true }
            record.transactions.append(
                Transaction(
                    transactionType: .cancel, transactionStatus: PaymentStatus.success,
                    transactionId: record.paymentId, transactionRequestId: record.paymentRequestId,
                    transactionAmount: record.paymentAmount, transactionTime: self.iso(now), transactionResult: .success
                ))
            if let refundId {
                record.transactions.append(
                    Transaction(
                        transactionType: .refund, transactionStatus: PaymentStatus.success,
                        transactionId: refundId, transactionRequestId: record.paymentRequestId,
                        transactionAmount: record.paymentAmount, transactionTime: self.iso(now),
                        transactionResult: .success))
            }
        }
        if let refundId {
            return "cancelled after payment, inside the cancel window: the \(paid) paid is refunded to the buyer in full as \(refundId)"
        }
        return payment.status == .success
            ? "cancelled: the authorisation is released, nothing was captured" : "cancelled before payment: the buyer can no longer pay"
    }
}

/// What `cancel` does to one payment.
private enum CancelDecision {
    /// F with this code and message; nothing changes.
    case refuse(ResultCode, String)
    /// CANCELLED; `refund`: the payment was paid, so the buyer gets it all back.
    case close(refund: Bool)
}
