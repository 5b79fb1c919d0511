import Foundation

/// Creating the session (one retry after a timeout, with a new paymentRequestId), mounting, reloading, reopening.
///
/// Seed 003: "If you did not receive a response message, it might be due to a network timeout. Please change the
/// paymentRequestId and call the API again." The merchant retries once, with `<original>_R<n>`.
extension MerchantSite {
    /// The createPaymentSession body the merchant sends now: the scenario's, under the current paymentRequestId.
    func request(_ state: MerchantSiteState) -> CreatePaymentSessionRequest {
        var request = sessionRequest
        if let retried = state.retriedPaymentRequestId { request.paymentRequestId = retried }
        return request
    }

    func created(
        _ response: CreatePaymentSessionResponse, _ state: inout MerchantSiteState, now: Date
    ) -> [MerchantSiteEffect] {
        state.sessionRetried = false
        guard response.result.resultStatus == .success, let data = response.paymentSessionData, !data.isEmpty else {
            state.stage = .sessionFailed(.rejected(response.result))
            return []
        }
        state.session = response
        return mount(data, &state, now: now)
    }

    func creationFailed(_ error: APOClientError, _ state: inout MerchantSiteState) -> [MerchantSiteEffect] {
        guard case .timeout = error, !state.sessionRetried else {
            state.stage = .sessionFailed(.unanswered(error))
            return []
        }
        state.sessionRetried = true
        state.paymentRequestIdRetries += 1
        let previous = paymentRequestId(state) ?? "-"
        state.retriedPaymentRequestId = "\(sessionRequest.paymentRequestId ?? "PAY")_R\(state.paymentRequestIdRetries)"
        return [
            .note(MerchantNote(
                .retriedSession, summary: "new paymentRequestId \(previous) → \(paymentRequestId(state) ?? "-")",
                detail: "No answer (network timeout): Antom's guide says to change the paymentRequestId and call the API again.")),
            .createPaymentSession(request(state)),
        ]
    }

    /// `mountComponent({sessionData})`, or the hosted page opened at `normalUrl`.
    func mount(_ sessionData: String, _ state: inout MerchantSiteState, now: Date) -> [MerchantSiteEffect] {
        let how =
            mode == .hosted
            ? "redirected the buyer to normalUrl: the hosted Checkout Page loads the session"
            : "mountComponent({sessionData}) in the order page"
        state.stage = .checkout
        return [.note(MerchantNote(.mounted, summary: mode.rawValue, detail: how))]
            + send(.mount(sessionData: sessionData, mode: mode), &state, now: now)
    }

    /// "Open checkout again" after SDK_PAYMENT_CANCEL: the same session, resumed by the page.
    func reopen(_ state: inout MerchantSiteState, now: Date) -> [MerchantSiteEffect] {
        guard state.stage == .pageLeft, let data = state.session?.paymentSessionData else { return [] }
        return mount(data, &state, now: now)
    }

    /// Drops the page and creates a new session, as the order page does when the buyer reloads it.
    func reload(_ state: inout MerchantSiteState, now: Date) -> [MerchantSiteEffect] {
        guard state.canReloadOrderPage else { return [] }
        // Hosted card mode has no session: the merchant server calls pay again (the same paymentRequestId, which
        // Antom answers idempotently).
        if mode == .hostedCard { return payByCard(withSavedCard: state.payingWith != nil, &state) }
        var effects: [MerchantSiteEffect] = []
        if state.stage == .checkout { effects += page.reduce(&state.page, .unmount, now: now).map(MerchantSiteEffect.page) }
        state.page = PageState()
        state.session = nil
        state.sessionRetried = false
        state.stage = .creatingSession
        effects.append(.note(MerchantNote(
            .reloaded, detail: "The buyer reloads the order page: the merchant server creates a new payment session.")))
        return effects + [.createPaymentSession(request(state))]
    }
}
