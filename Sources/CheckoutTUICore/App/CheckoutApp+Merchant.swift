import CheckoutDomain

/// The merchant's result page: inquiries, re-checks, and the capture, refund and cancel the merchant may make.
extension CheckoutApp {
    mutating func sendToMerchant(_ action: MerchantResultAction) -> [AppCommand] {
        let effects = environment.merchantPage.reduce(&state.merchant, action, now: state.now)
        var commands: [AppCommand] = []
        for effect in effects {
            switch effect {
            case .inquirePayment(let request): commands.append(.inquirePayment(request))
            case .scheduleRecheck(let date): state.timers[.merchantRecheck] = date
            case .cancelRecheck: state.timers[.merchantRecheck] = nil
            }
        }
        return commands
    }

    mutating func inquiryAnswered(_ response: InquiryPaymentResponse) -> [AppCommand] {
        let status = response.paymentStatus.map { "paymentStatus \($0)" }
        record(.call(
            .api, APOEndpoint.inquiryPayment.rawValue, paymentRequestId: response.paymentRequestId ?? paymentRequestId,
            result: response.result, extra: status, at: state.now))
        return sendToMerchant(.inquiryAnswered(response))
    }

    mutating func inquiryFailed(_ error: APOClientError) -> [AppCommand] {
        record(.unanswered(
            .api, APOEndpoint.inquiryPayment.rawValue, paymentRequestId: paymentRequestId, error: error, at: state.now))
        return sendToMerchant(.inquiryFailed(error))
    }

    /// The controls the merchant's current page offers, in screen order.
    public var merchantControls: [MerchantControl] {
        switch state.stage {
        case .pageLeft: return state.session?.paymentSessionData == nil ? [] : [.reopen]
        case .merchantResult: return resultControls
        default: return []
        }
    }

    private var resultControls: [MerchantControl] {
        let merchant = state.merchant
        let done = state.operations
        var controls: [MerchantControl] = []
        if merchantView.buttons.contains(where: { $0.action == .recheckPressed }) { controls.append(.recheck) }
        switch merchant.phase {
        case .succeeded where merchant.paymentId != nil:
            // MANUAL capture: authorised, not captured; the merchant captures (or voids) before anything ships.
            let authorisedOnly = environment.capturesManually && !done.captured && merchant.shipping == .waitingForCapture
            if authorisedOnly && !done.cancelled { controls += [.capture, .cancel] }
            if !authorisedOnly && !done.refunded && !done.cancelled { controls.append(.refund) }
        case .processing where !done.cancelled:
            controls.append(.cancel)
        default:
            break
        }
        return controls
    }

    mutating func press(_ control: MerchantControl) -> [AppCommand] {
        guard merchantControls.contains(control), state.operations.inFlight == nil else { return [] }
        state.merchantCursor = control
        let paymentId = state.merchant.paymentId
        let amount = environment.paymentAmount
        switch control {
        case .recheck:
            return sendToMerchant(.recheckPressed)
        case .reopen:
            return reopen()
        case .capture:
            state.operations.inFlight = .capture
            return [.capture(CaptureRequest(
                captureRequestId: "CAPTURE_\(environment.ids.next(.opaque))", paymentId: paymentId,
                captureAmount: amount, isLastCapture: true))]
        case .refund:
            state.operations.inFlight = .refund
            return [.refund(RefundRequest(
                refundRequestId: "REFUND_\(environment.ids.next(.opaque))", paymentId: paymentId, refundAmount: amount,
                refundReason: "Refund from the simulator's result page",
                // REFUND_RESULT comes back to the merchant's own webhook, on the timeline like the others.
                refundNotifyUrl: environment.scenario.createPaymentSession.paymentNotifyUrl))]
        case .cancel:
            state.operations.inFlight = .cancel
            return [.cancel(CancelRequest(paymentId: paymentId, paymentRequestId: state.merchant.paymentRequestId))]
        }
    }

    mutating func merchantCallAnswered(_ answer: MerchantCallAnswer) -> [AppCommand] {
        state.operations.inFlight = nil
        let amount = environment.paymentAmount.map(environment.format) ?? ""
        switch answer {
        case .capture(let response):
            record(.call(
                .api, APOEndpoint.capture.rawValue, paymentRequestId: paymentRequestId, result: response.result,
                extra: response.captureId.map { "captureId \($0)" }, at: state.now))
            let succeeded = response.result.resultStatus == .success
            state.operations.captured = state.operations.captured || succeeded
            report(
                succeeded
                    ? "Captured \(amount) (captureId \(response.captureId ?? "-")); notifyCapture confirms it."
                    : Self.refusal("Capture", response.result),
                failed: !succeeded)
            return deliverNotifications(force: true)
        case .refund(let response):
            record(.call(
                .api, APOEndpoint.refund.rawValue, paymentRequestId: paymentRequestId, result: response.result,
                extra: response.refundId.map { "refundId \($0)" }, at: state.now))
            let succeeded = response.result.resultStatus == .success
            state.operations.refunded = state.operations.refunded || succeeded
            report(
                succeeded
                    ? "Refunded \(amount) (refundId \(response.refundId ?? "-")); notifyRefund confirms it."
                    : Self.refusal("Refund", response.result),
                failed: !succeeded)
            return deliverNotifications(force: true)
        case .cancel(let response):
            record(.call(
                .api, APOEndpoint.cancel.rawValue, paymentRequestId: response.paymentRequestId ?? paymentRequestId,
                result: response.result, at: state.now))
            guard response.result.resultStatus == .success else {
                report(Self.refusal("Cancel", response.result), failed: true)
                return []
            }
            state.operations.cancelled = true
            report("Payment cancelled; inquiring again to show the order's state.", failed: false)
            guard let id = state.merchant.paymentRequestId ?? paymentRequestId else { return [] }
            return sendToMerchant(.arrived(paymentRequestId: id))
        }
    }

    mutating func merchantCallFailed(_ endpoint: APOEndpoint, _ error: APOClientError) -> [AppCommand] {
        state.operations.inFlight = nil
        record(.unanswered(.api, endpoint.rawValue, paymentRequestId: paymentRequestId, error: error, at: state.now))
        report("\(endpoint.rawValue) got no answer: \(error). It is safe to try again.", failed: true)
        return []
    }

    /// How a capture, refund or cancel that did not succeed reads on the result page: `Refund F CODE: message`.
    private static func refusal(_ operation: String, _ result: APOResult) -> String {
        "\(operation) \(result.resultStatus.rawValue) \(result.resultCode): \(result.resultMessage ?? "")"
    }

    private mutating func report(_ outcome: String, failed: Bool) {
        state.operations.lastOutcome = outcome
        state.operations.lastFailed = failed
    }
}
