import Foundation

/// Seed 002's hosted mode: the merchant server calls `pay` with only `paymentMethodType: CARD` (or a saved card's
/// `cardToken` without its CVV), its front end sends the buyer to the `normalUrl` Antom answers with (APO's card
/// page, `HostedCardPage`), and the buyer comes back at `paymentRedirectUrl`, where the result page inquires. The
/// `cardToken` an inquiry reports is kept for the buyer's next order in the run.
extension MerchantSite {
    /// The order page: with a card the buyer saved before, the buyer chooses it or a new card (seed 002, saved
    /// card payments: "display the card brand names, logos, and masked card number for buyers to select");
    /// otherwise paying by card is the only way, and the merchant server calls pay at once.
    func orderPageOpened(_ state: inout MerchantSiteState) -> [MerchantSiteEffect] {
        guard let saved = savedCards.first else { return payByCard(withSavedCard: false, &state) }
        state.savedCard = saved
        state.stage = .choosingCard
        return []
    }

    /// The merchant server pays the current order: a new card (typed on APO's page) or the saved card.
    func payByCard(withSavedCard: Bool, _ state: inout MerchantSiteState) -> [MerchantSiteEffect] {
        let saved = withSavedCard ? state.savedCard : nil
        state.stage = .creatingSession
        state.payingWith = saved
        state.payment = nil
        state.cardPage = HostedCardState()
        let request = CardPayRequest.make(
            from: sessionRequest, paymentRequestId: paymentRequestId(state), order: state.orders,
            savedCardToken: saved?.cardToken)
        return [.pay(request)]
    }

    /// `U PAYMENT_IN_PROCESS` with `normalUrl`: to APO's card page. Otherwise there is nothing for the buyer to do
    /// there: F is shown on the order page; S, or U without a page, goes to the result page, which inquires.
    func paid(_ response: PayResponse, _ state: inout MerchantSiteState, now: Date) -> [MerchantSiteEffect] {
        guard state.stage == .creatingSession, mode == .hostedCard else { return [] }
        state.payment = response
        switch response.result.resultStatus {
        case .failure:
            state.stage = .sessionFailed(.rejected(response.result))
            return []
        case .unknown:
            guard let url = PayResponseReader.usableURL(in: response), let paymentId = response.paymentId else {
                return leave(.resultPage(reason: "pay answered U without normalUrl"), &state, now: now)
            }
            let tokenize = sessionRequest.availablePaymentMethod?.paymentMethodMetaData?.tokenize
            let payment = HostedCardPayment(
                paymentId: paymentId, paymentRequestId: paymentRequestId(state), url: url,
                amount: response.paymentAmount ?? paymentAmount, merchantName: sessionRequest.order?.merchant?.merchantName,
                orderDescription: sessionRequest.order?.orderDescription, locale: sessionRequest.locale,
                savedCard: state.payingWith, offersSaveCard: state.payingWith == nil && tokenize == .askForConsent,
                redirectUrl: sessionRequest.paymentRedirectUrl)
            hostedCard.open(payment, &state.cardPage, now: now)
            state.stage = .cardPage
            let what = state.payingWith == nil ? "the card" : "the saved card's CVV"
            return [.note(MerchantNote(
                .sentToCardPage, summary: url,
                detail: "pay answered U PAYMENT_IN_PROCESS with normalUrl: the merchant's front end redirects the buyer "
                    + "there to enter \(what) on Antom's page (seed 002)."))]
        default:
            return leave(.resultPage(reason: "pay answered S"), &state, now: now) + [.deliverNotifications]
        }
    }

    /// No answer. Seed 002: "If you did not receive a response message, it might be due to a network timeout. You
    /// can call the inquiryPayment API to retrieve the payment result": after a timeout the result page inquires;
    /// a call that never reached Antom leaves the order page with the reason.
    func payFailed(_ error: APOClientError, _ state: inout MerchantSiteState, now: Date) -> [MerchantSiteEffect] {
        guard state.stage == .creatingSession, mode == .hostedCard else { return [] }
        guard case .timeout = error else {
            state.stage = .sessionFailed(.unanswered(error))
            return []
        }
        return leave(.resultPage(reason: "pay got no answer (network timeout): inquire, as seed 002 says"), &state, now: now)
    }

    /// Sends `action` to APO's card page; its effects go out as they are. When it sends the buyer back, the
    /// merchant's result page takes over.
    func send(card action: PageAction, _ state: inout MerchantSiteState, now: Date) -> [MerchantSiteEffect] {
        guard state.stage == .cardPage else { return [] }
        let cardEffects = hostedCard.reduce(&state.cardPage, action, now: now)
        var effects = cardEffects.map(MerchantSiteEffect.cardPage)
        if cardEffects.contains(where: { if case .navigate = $0 { true } else { false } }) {
            effects += leave(.resultPage(reason: "Antom's card page sent the buyer back"), &state, now: now)
        }
        // A settled payment queues notifyPayment at once: deliver it now, as Antom would.
        if case .paymentAnswered = action { effects.append(.deliverNotifications) }
        return effects
    }

    /// A `cardToken` in an inquiry's `paymentResultInfo`: the buyer's card is saved for the next order.
    func remember(_ info: PaymentResultInfo?, _ state: inout MerchantSiteState) -> [MerchantSiteEffect] {
        guard let token = info?.cardToken, !token.isEmpty, token != state.savedCard?.cardToken else { return [] }
        state.savedCard = HostedSavedCard(cardToken: token, brand: info?.cardBrand, lastFour: info?.lastFour)
        return [.note(MerchantNote(
            .cardSaved, summary: token,
            detail: "paymentResultInfo.cardToken: the merchant keeps it for this buyer and pays the next order with "
                + "paymentMethodId = the token (seed 002, saved card payments)."))]
    }

    /// Whether the buyer may pay an order now: on the order page's card choice, or another order from the result
    /// page (hosted card mode, nothing under way).
    public func offersNewOrder(_ state: MerchantSiteState) -> Bool {
        guard mode == .hostedCard, state.operations.inFlight == nil else { return false }
        return state.stage == .merchantResult || state.stage == .choosingCard
    }

    /// The buyer pays with a new card or the saved one: this order from the order page's choice, or another order
    /// from the result page, under a new paymentRequestId.
    func newOrder(withSavedCard: Bool, _ state: inout MerchantSiteState) -> [MerchantSiteEffect] {
        guard offersNewOrder(state), !withSavedCard || state.savedCard != nil else { return [] }
        if state.stage == .choosingCard { return payByCard(withSavedCard: withSavedCard, &state) }
        var effects: [MerchantSiteEffect] = state.result.recheckScheduled ? [.result(.cancelRecheck)] : []
        state.orders += 1
        state.retriedPaymentRequestId = "\(sessionRequest.paymentRequestId ?? "PAY")_\(state.orders)"
        state.result = MerchantResultState()
        state.operations = MerchantOperations()
        let card = withSavedCard ? "the saved card (paymentMethodId = cardToken)" : "a new card"
        effects.append(.note(MerchantNote(
            .newOrder, summary: paymentRequestId(state),
            detail: "The buyer orders again; the merchant server pays with \(card) under a new paymentRequestId.")))
        return effects + payByCard(withSavedCard: withSavedCard, &state)
    }
}
