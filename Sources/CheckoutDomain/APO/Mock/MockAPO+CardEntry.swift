import Foundation

/// What the buyer submits on the hosted card page (seed 002).
public enum HostedCardEntry: Hashable, Sendable {
    /// A new card, and whether the buyer ticked "save this card" (offered with tokenizeMode ASKFORCONSENT).
    case newCard(CardDetails, saveCard: Bool)
    /// The CVV of the saved card the merchant paid with (`paymentMethodId`).
    case savedCardCVV(String)
}

/// The hosted card page (seed 002): the buyer types the card, or a saved card's CVV, for a `pay` payment that
/// carried none. The payment then goes on as a typed card would: 3DS, the issuer's answer, the token.
extension MockAPO {
    public func enterCard(paymentId: String, _ entry: HostedCardEntry) async throws(APOClientError) -> PayResponse {
        var submitted: [CardNumber] = []
        if case .newCard(let card, _) = entry { submitted = [card.number] }
        return try transact(
            guarding: submitted, restoring: [paymentId], onStoreFailure: { PayResponse(result: $0, paymentId: paymentId) }
        ) {
            now -> Result<PayResponse, APOClientError> in
            settle(now: now)
            let (response, note) = enterCard(paymentId: paymentId, entry, now: now)
            log(
                .pageCall, "enterCard", at: now, paymentRequestId: response.paymentRequestId, paymentId: paymentId,
                result: response.result, note)
            return .success(response)
        }.get()
    }

    private func enterCard(paymentId: String, _ entry: HostedCardEntry, now: Date) -> (PayResponse, String) {
        guard let payment = state.payments[paymentId] else {
            return (PayResponse(result: Self.orderNotExist, paymentId: paymentId), "unknown payment")
        }
        guard payment.status == .processing, payment.waitingFor == .cardEntry else {
            return (renderPay(payment), "ignored, the payment is \(payment.status.rawValue) and waits for no card")
        }
        var mintsToken = payment.saveCardConsent
        let resolved: Result<ResolvedCard, Rejection>
        switch (entry, payment.paidWithToken) {
        case (.newCard(let card, let saveCard), nil):
            resolved = resolveTyped(card.number, expiry: card.expiry, holder: card.holderName, cvv: card.cvv)
            if payment.offersSaveCard == true { mintsToken = saveCard }
        case (.savedCardCVV(let cvv), let token?):
            resolved = resolveSaved(token, cvv: cvv)
        case (.newCard, _?):
            resolved = .failure(Rejection(ResultCode.paramIllegal, "This payment uses a saved card: enter its CVV."))
        case (.savedCardCVV, nil):
            resolved = .failure(Rejection(ResultCode.paramIllegal, "Enter the card's number, expiry date and CVV."))
        }
        let card: ResolvedCard
        switch resolved {
        case .failure(let rejection):
            // The page shows why; the buyer may correct the card while the payment waits.
            var response = renderPay(payment)
            response.result = rejection.result
            return (response, "refused: \(rejection.result.resultMessage ?? rejection.result.resultCode.rawValue)")
        case .success(let value): card = value
        }
        let forced = takeForcedPaymentOutcome(api: "enterCard", payment.paymentRequestId, .card, now: now)
        updatePayment(paymentId) {
            $0.card = card.masked
            $0.cvvChecked = nonEmpty(card.cvv) != nil
            $0.saveCardConsent = mintsToken && card.token == nil
            $0.offersSaveCard = nil
            $0.waitingFor = nil
            $0.normalUrl = nil
            $0.redirectActionForm = nil
        }
        let decision = cardDecision(
            card, threeDSRequested: payment.threeDSRequested, amount: payment.paymentAmount, paymentId: paymentId,
            forced: forced, now: now)
        if let method = catalog.method(payment.paymentMethodType) {
            apply(decision, to: paymentId, method: method, forced: forced, now: now)
        }
        return (renderPay(state.payments[paymentId] ?? payment), "\(card.masked.maskedCardNo) entered")
    }
}
