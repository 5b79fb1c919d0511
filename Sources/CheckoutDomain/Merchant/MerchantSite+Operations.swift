import Foundation

/// Capture, refund, cancel and inquire after the payment: what the result page offers, the calls, and their answers.
/// After each answer the result page inquires again, so what it says comes from Antom, not from the call.
extension MerchantSite {
    /// The operations the merchant may make now, in the order the result page shows them.
    public func offeredOperations(_ state: MerchantSiteState) -> [MerchantOperationKind] {
        guard state.stage == .merchantResult else { return [] }
        let result = state.result
        switch result.phase {
        case .succeeded where result.paymentId != nil:
            guard let ledger = result.ledger else { return [] }
            var offered: [MerchantOperationKind] = []
            // With AUTOMATIC capture Antom captures by itself; only a MANUAL-capture merchant captures or voids.
            if capturesManually && ledger.capturable > 0 { offered.append(.capture) }
            // An authorisation nothing was taken from is voided, not refunded.
            if capturesManually && ledger.needsCapture && ledger.captured == 0 && !ledger.cancelled {
                offered.append(.cancel)
            }
            if ledger.refundable > 0 { offered.append(.refund) }
            return offered
        case .processing:
            return [.cancel]
        default:
            return []
        }
    }

    /// What `kind` is for at most: the amount left to capture or refund, in the payment's currency.
    public func remaining(_ kind: MerchantOperationKind, _ state: MerchantSiteState) -> Amount? {
        guard let ledger = state.result.ledger else { return nil }
        switch kind {
        case .capture: return ledger.amount(ledger.capturable)
        case .refund: return ledger.amount(ledger.refundable)
        case .cancel, .inquire: return nil
        }
    }

    func request(_ operation: MerchantOperation, _ state: inout MerchantSiteState, now: Date) -> [MerchantSiteEffect] {
        guard state.operations.inFlight == nil else { return [] }
        if operation == .inquire {
            guard state.stage == .merchantResult else { return [] }
            return send(.refreshRequested, &state, now: now)
        }
        guard offeredOperations(state).contains(operation.kind) else { return [] }
        return call(operation, paymentId: state.result.paymentId, refundReason: "Refund from the simulator's result page", &state)
    }

    /// The server's own call: only one at a time, as the result page's, but not limited to what the page offers.
    func serverCall(
        _ operation: MerchantOperation, paymentId: String?, _ state: inout MerchantSiteState, now: Date
    ) -> [MerchantSiteEffect] {
        guard state.operations.inFlight == nil else { return [] }
        guard operation == .inquire else {
            return call(operation, paymentId: paymentId ?? state.result.paymentId, refundReason: "Refund from a steps file", &state)
        }
        // On the result page its own inquiry reads the answer in; elsewhere the answer is on the timeline only.
        if state.stage == .merchantResult, !state.result.awaitingAnswer, state.result.paymentRequestId != nil {
            return send(.refreshRequested, &state, now: now)
        }
        guard let id = paymentRequestId(state) else { return [] }
        return [.result(.inquirePayment(InquiryPaymentRequest(paymentRequestId: id)))]
    }

    /// The capture, refund or cancel call for `operation`, now waiting for its answer.
    private func call(
        _ operation: MerchantOperation, paymentId: String?, refundReason: String, _ state: inout MerchantSiteState
    ) -> [MerchantSiteEffect] {
        let call: MerchantCall
        switch operation {
        case .capture(let amount):
            let all = remaining(.capture, state).flatMap(AmountRules.minorUnits)
            call = .capture(CaptureRequest(
                captureRequestId: "CAPTURE_\(ids.next(.opaque))", paymentId: paymentId, captureAmount: amount,
                isLastCapture: AmountRules.minorUnits(amount) == all))
        case .refund(let amount):
            call = .refund(RefundRequest(
                refundRequestId: "REFUND_\(ids.next(.opaque))", paymentId: paymentId, refundAmount: amount,
                refundReason: refundReason,
                // REFUND_RESULT comes back to the merchant's own webhook, on the timeline like the others.
                refundNotifyUrl: sessionRequest.paymentNotifyUrl))
        case .cancel:
            call = .cancel(CancelRequest(paymentId: paymentId, paymentRequestId: paymentRequestId(state)))
        case .inquire:
            return []
        }
        state.operations.inFlight = operation
        return [.call(call)]
    }

    func answered(_ answer: MerchantOperationAnswer, _ state: inout MerchantSiteState, now: Date) -> [MerchantSiteEffect] {
        guard let operation = state.operations.inFlight else { return [] }
        state.operations.inFlight = nil
        // Whatever the answer (a U may still have happened), the result page then asks Antom what the payment is.
        guard answer.result.resultStatus == .success else {
            state.operations.lastOutcome = .refused(operation, answer.result)
            return send(.refreshRequested, &state, now: now)
        }
        let id: String? =
            switch answer {
            case .capture(let response): response.captureId
            case .refund(let response): response.refundId
            case .cancel: nil
            }
        state.operations.lastOutcome = .succeeded(operation, id: id)
        // A capture queues notifyCapture, a refund notifyRefund, at once.
        let delivery: [MerchantSiteEffect] = [.capture, .refund].contains(operation.kind) ? [.deliverNotifications] : []
        return delivery + send(.refreshRequested, &state, now: now)
    }

    func failed(_ error: APOClientError, _ state: inout MerchantSiteState) -> [MerchantSiteEffect] {
        guard let operation = state.operations.inFlight else { return [] }
        state.operations.inFlight = nil
        state.operations.lastOutcome = .unanswered(operation, error)
        return []
    }
}
