import Foundation

/// The merchant's integration around the Checkout Page as a pure state machine: create the session (retrying a
/// timeout with a new paymentRequestId), mount and unmount the page, redirect on success or stay, inquire rather
/// than trust the redirect, ship only after CAPTURE_RESULT for authorised-then-captured methods, and capture,
/// refund, cancel or inquire afterwards.
///
/// It composes `CheckoutPage`, `HostedCardPage` (seed 002's hosted card mode) and `MerchantResultPage` as a parent
/// composes children: their actions arrive embedded (`.page`, `.cardPage`, `.result`) and their effects leave
/// embedded, so each call keeps one name everywhere.
public struct MerchantSite: Sendable {
    public let page: CheckoutPage
    public let resultPage: MerchantResultPage
    /// APO's hosted card page, for hosted card mode.
    public let hostedCard: HostedCardPage
    /// The createPaymentSession body the merchant sends (the scenario's).
    public private(set) var sessionRequest: CreatePaymentSessionRequest
    /// Embedded in the order page, the hosted page at `normalUrl`, or `pay` and APO's card page (hosted card).
    public let mode: CheckoutMode
    public let behaviour: MerchantBehaviour
    /// Mints captureRequestId and refundRequestId.
    public let ids: any IDGenerator
    /// Hosted card mode: the cards this buyer saved with the merchant before (a `cardToken` each), offered on the
    /// order page next to a new card (seed 002, saved card payments, step 1).
    public let savedCards: [HostedSavedCard]

    public init(
        page: CheckoutPage, resultPage: MerchantResultPage, sessionRequest: CreatePaymentSessionRequest,
        mode: CheckoutMode, behaviour: MerchantBehaviour = MerchantBehaviour(), ids: any IDGenerator,
        savedCards: [HostedSavedCard] = []
    ) {
        self.page = page
        self.resultPage = resultPage
        self.hostedCard = HostedCardPage(strings: page.strings, money: page.money)
        self.sessionRequest = sessionRequest
        self.mode = mode
        self.behaviour = behaviour
        self.ids = ids
        self.savedCards = savedCards
    }

    /// The same site taking another order: its pages, mode, behaviour, ids and saved cards, with `request` as the
    /// createPaymentSession body (a new paymentRequestId, say).
    public func taking(_ request: CreatePaymentSessionRequest) -> MerchantSite {
        var site = self
        site.sessionRequest = request
        return site
    }

    /// Applies `action` at `now`; returns the work the host must do, in order.
    public func reduce(_ state: inout MerchantSiteState, _ action: MerchantSiteAction, now: Date) -> [MerchantSiteEffect] {
        switch action {
        case .orderPageOpened:
            return mode == .hostedCard ? orderPageOpened(&state) : [.createPaymentSession(request(state))]
        case .orderPageReloaded: return reload(&state, now: now)
        case .reopenPressed: return reopen(&state, now: now)
        case .page(let pageAction): return send(pageAction, &state, now: now)
        case .result(let resultAction): return send(resultAction, &state, now: now)
        case .cardPage(let pageAction): return send(card: pageAction, &state, now: now)
        case .newOrderPressed(let withSavedCard): return newOrder(withSavedCard: withSavedCard, &state)
        case .operationRequested(let operation): return request(operation, &state, now: now)
        case .serverCalled(let operation, let paymentId): return serverCall(operation, paymentId: paymentId, &state, now: now)
        case .sessionCreated(let response): return created(response, &state, now: now)
        case .sessionCreationFailed(let error): return creationFailed(error, &state)
        case .paid(let response): return paid(response, &state, now: now)
        case .payFailed(let error): return payFailed(error, &state, now: now)
        case .operationAnswered(let answer): return answered(answer, &state, now: now)
        case .operationFailed(_, let error): return failed(error, &state)
        }
    }

    /// The paymentRequestId in use: the scenario's, or the new one minted after a createPaymentSession timeout.
    public func paymentRequestId(_ state: MerchantSiteState) -> String? {
        state.retriedPaymentRequestId ?? sessionRequest.paymentRequestId
    }

    /// `paymentFactor.captureMode` MANUAL: the merchant captures the authorisation itself.
    public var capturesManually: Bool {
        sessionRequest.paymentFactor?.requestedCaptureMode == .manual
    }

    /// What the merchant charges: `paymentAmount`, else the order amount.
    public var paymentAmount: Amount? {
        sessionRequest.paymentAmount ?? sessionRequest.order?.orderAmount
    }
}
