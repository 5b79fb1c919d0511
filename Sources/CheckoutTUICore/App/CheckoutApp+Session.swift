import CheckoutDomain
import Foundation

/// The merchant's side around the page: creating the session, mounting the page, and leaving it.
extension CheckoutApp {
    mutating func sessionCreated(_ response: CreatePaymentSessionResponse) -> [AppCommand] {
        var entry = TimelineEntry.call(
            .api, APOEndpoint.createPaymentSession.rawValue, paymentRequestId: paymentRequestId,
            result: response.result, at: state.now)
        if let id = response.paymentSessionId {
            entry.detail = "paymentSessionId \(id), expires \(response.paymentSessionExpiryTime ?? "-")"
        }
        record(entry)
        state.sessionRetried = false
        guard response.result.resultStatus == .success, let data = response.paymentSessionData, !data.isEmpty else {
            state.stage = .sessionFailed(.rejected(response.result))
            return []
        }
        state.session = response
        return mount(data)
    }

    mutating func sessionCreationFailed(_ error: APOClientError) -> [AppCommand] {
        record(.unanswered(
            .api, APOEndpoint.createPaymentSession.rawValue, paymentRequestId: paymentRequestId, error: error,
            at: state.now))
        if let retry = retryAfterTimeout(error) { return retry }
        state.stage = .sessionFailed(.unanswered(error))
        return []
    }

    /// `mountComponent({sessionData})`, or the hosted page opened at `normalUrl`.
    mutating func mount(_ sessionData: String) -> [AppCommand] {
        let how =
            environment.mode == .hosted
            ? "redirected the buyer to normalUrl: the hosted Checkout Page loads the session"
            : "mountComponent({sessionData}) in the order page"
        record(TimelineEntry(time: state.now, source: .merchant, title: "mount", summary: environment.mode.rawValue, detail: how))
        state.stage = .checkout
        state.cursor = nil
        state.checkoutScroll = 0
        return sendToPage(.mount(sessionData: sessionData, mode: environment.mode))
    }

    /// Where the buyer goes once the page is done with.
    enum PageExit {
        /// SDK_PAYMENT_SUCCESSFUL or Back to merchant: the merchant's result page, which inquires.
        case resultPage(reason: String)
        /// The buyer left the page (SDK_PAYMENT_CANCEL, or Leave on an error).
        case left
    }

    /// Frees the component (the guide: after the final result, or when the buyer switches away) and moves on.
    mutating func leavePage(_ exit: PageExit) -> [AppCommand] {
        _ = environment.page.reduce(&state.page, .unmount, now: state.now)
        state.timers = state.timers.filter { if case .page = $0.key { false } else { true } }
        state.cursor = nil
        switch exit {
        case .resultPage(let reason):
            record(TimelineEntry(
                time: state.now, source: .merchant, title: "unmount + redirect", summary: "paymentRedirectUrl",
                detail: "\(reason): the result page inquires, it never trusts the redirect."))
            state.stage = .merchantResult
            state.merchantCursor = nil
            guard let id = paymentRequestId else { return [] }
            return sendToMerchant(.arrived(paymentRequestId: id))
        case .left:
            record(TimelineEntry(
                time: state.now, source: .merchant, title: "unmount", summary: "buyer left",
                detail: "The paymentSessionData stays valid until it expires: the page can be mounted again."))
            state.stage = .pageLeft
            state.merchantCursor = .reopen
            return []
        }
    }

    /// "Open checkout again" after SDK_PAYMENT_CANCEL: the same session, resumed by the page.
    mutating func reopen() -> [AppCommand] {
        guard let data = state.session?.paymentSessionData else { return [] }
        return mount(data)
    }
}
