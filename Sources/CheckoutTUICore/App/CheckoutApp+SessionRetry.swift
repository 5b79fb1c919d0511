import CheckoutDomain

/// The merchant's answer to a createPaymentSession that got no answer, and reloading the order page.
///
/// Seed 003: "If you did not receive a response message, it might be due to a network timeout. Please change the
/// paymentRequestId and call the API again." The merchant retries once, with `<original>_R<n>`.
extension CheckoutApp {
    /// The createPaymentSession body the merchant sends now: the scenario's, under the current paymentRequestId.
    var sessionRequest: CreatePaymentSessionRequest {
        var request = environment.scenario.createPaymentSession
        if let retried = state.retriedPaymentRequestId { request.paymentRequestId = retried }
        return request
    }

    /// One retry with a new paymentRequestId after a timeout; nil when this round already retried or it was no timeout.
    mutating func retryAfterTimeout(_ error: APOClientError) -> [AppCommand]? {
        guard case .timeout = error, !state.sessionRetried else { return nil }
        state.sessionRetried = true
        state.paymentRequestIdRetries += 1
        let previous = paymentRequestId ?? "-"
        let base = environment.scenario.createPaymentSession.paymentRequestId ?? "PAY"
        state.retriedPaymentRequestId = "\(base)_R\(state.paymentRequestIdRetries)"
        record(TimelineEntry(
            time: state.now, source: .merchant, title: "retry createPaymentSession",
            summary: "new paymentRequestId \(previous) → \(paymentRequestId ?? "-")",
            detail: "No answer (network timeout): Antom's guide says to change the paymentRequestId and call the API again.",
            tone: .pending))
        return [.createPaymentSession(sessionRequest)]
    }

    /// The buyer reloads the order page: nothing is mounted while the merchant creates a session again.
    var canReloadOrderPage: Bool {
        switch state.stage {
        case .checkout, .pageLeft, .sessionFailed: !state.paymentInFlight
        case .creatingSession, .merchantResult: false
        }
    }

    /// Drops the page and creates a new session, whose first call the mock is forced to leave unanswered.
    mutating func reloadOrderPageWithForcedTimeout() -> [AppCommand] {
        if state.stage == .checkout { _ = environment.page.reduce(&state.page, .unmount, now: state.now) }
        state.page = PageState()
        state.timers = [:]
        state.cursor = nil
        state.merchantCursor = nil
        state.checkoutScroll = 0
        state.session = nil
        state.sessionRetried = false
        state.stage = .creatingSession
        record(TimelineEntry(
            time: state.now, source: .merchant, title: "reload order page",
            detail: "The buyer reloads the order page: the merchant server creates a new payment session."))
        return [.forceOutcomes([.sessionTimeout]), .createPaymentSession(sessionRequest)]
    }
}
