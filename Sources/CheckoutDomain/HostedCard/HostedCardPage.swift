import Foundation

/// APO's hosted card page (seed 002, "Hosted mode") as a pure state machine. The merchant's `pay` carried only
/// `paymentMethodType: CARD` (or a saved card's token without its CVV) and Antom answered `U PAYMENT_IN_PROCESS`
/// with `normalUrl`: here, at that address, the buyer types the card (or only the saved card's CVV) and submits
/// it to Antom (`enterCard`), passes the 3D Secure page when the answer asks for it, and is sent back to the
/// merchant's `paymentRedirectUrl`.
///
/// It speaks the page's vocabulary: the buyer's `PageAction`s in (typing, Tab, Pay, the 3DS buttons, Back to
/// merchant) and the answers; `PageEffect`s out (`enterCard`, `completeChallenge`, `navigate`). The form is the
/// embedded page's: `FormDraft`, `FormLayout`, `FormValidator`, the card number and CVV as `SecretDigits`. It is no
/// web SDK, so it sends no SDK events.
public struct HostedCardPage: Sendable {
    public let strings: Strings
    public let money: MoneyFormatter

    public init(strings: Strings, money: MoneyFormatter) {
        self.strings = strings
        self.money = money
    }

    /// The buyer arrives at `normalUrl`: the form for a new card, or the saved card's CVV, the first field focused.
    public func open(_ payment: HostedCardPayment, _ state: inout HostedCardState, now: Date) {
        state = HostedCardState()
        state.now = now
        state.payment = payment
        state.phase = .entering
        state.draft.focus = state.layout.fields.first
    }

    /// Applies `action` at `now`; returns the work the host must do, in order.
    public func reduce(_ state: inout HostedCardState, _ action: PageAction, now: Date) -> [PageEffect] {
        state.now = now
        switch action {
        case .fieldFocused(let field):
            editing(&state) { if $0.layout.fields.contains(field) { $0.draft.focus = field } }
        case .nextFieldFocused: editing(&state) { $0.draft.moveFocus(by: 1, in: $0.layout.fields) }
        case .previousFieldFocused: editing(&state) { $0.draft.moveFocus(by: -1, in: $0.layout.fields) }
        case .fieldEdited(let field, let text): edit(field, text, &state)
        case .cardNumberTyped(let text): edit(.cardNumber, text, &state)
        case .keysTyped(let field, let text): edit(field, state.draft.value(of: field) + text, &state)
        case .backspacePressed(let field): edit(field, String(state.draft.value(of: field).dropLast()), &state)
        case .saveCardToggled: editing(&state) { if $0.layout.offersSaveCard { $0.draft.saveCard.toggle() } }
        case .payPressed: return submit(&state)
        case .challengePassed: return challengeDone(.pass, &state)
        case .challengeFailed: return challengeDone(.fail, &state)
        case .challengeAbandoned: return challengeDone(.abandon, &state)
        case .backToMerchantPressed, .leavePressed:
            // Leaving the form or the 3DS page: the payment stays in process until Antom closes it.
            switch state.phase {
            case .entering, .challenge: return leave(&state)
            default: break
            }
        case .paymentAnswered(let response): return answered(response, &state)
        case .callFailed(let error): callFailed(error, &state)
        case .mount, .unmount, .sessionLoaded, .methodSelected, .savedCardSelected, .redirectConfirmed,
            .redirectApproved, .redirectDeclined, .redirectAbandoned, .retryPressed, .backPressed, .timerFired:
            // The embedded page's steps: nothing on this page.
            break
        }
        return []
    }

    /// A change to the form while it is shown.
    private func editing(_ state: inout HostedCardState, _ change: (inout HostedCardState) -> Void) {
        guard state.phase == .entering else { return }
        change(&state)
    }

    private func edit(_ field: FormField, _ text: String, _ state: inout HostedCardState) {
        editing(&state) { state in
            let layout = state.layout
            guard layout.fields.contains(field) else { return }
            state.draft.edit(field, to: text, layout: layout)
            state.alert = nil
        }
    }

    /// Pay: the form is checked as the embedded page checks it, then what was typed goes to Antom.
    private func submit(_ state: inout HostedCardState) -> [PageEffect] {
        guard state.phase == .entering, let payment = state.payment else { return [] }
        let layout = state.layout
        let invalid = state.draft.validate(layout, now: state.now)
        guard invalid.isEmpty else {
            state.alert = .formInvalid(invalid)
            return []
        }
        let draft = state.draft
        let entry: HostedCardEntry
        if payment.savedCard != nil {
            entry = .savedCardCVV(draft.cvv.digits)
        } else {
            guard let expiry = CardExpiry(text: draft.expiry) else { return [] }
            let card = CardDetails(
                number: CardNumber(draft.cardNumber.digits), expiry: expiry, cvv: draft.cvv.digits,
                holderName: draft.holderName.trimmingSpaces())
            entry = .newCard(card, saveCard: draft.saveCard && layout.offersSaveCard)
        }
        state.alert = nil
        state.phase = .submitting(.pay)
        return [.enterCard(paymentId: payment.paymentId, entry: entry)]
    }

    private func challengeDone(_ outcome: ChallengeOutcome, _ state: inout HostedCardState) -> [PageEffect] {
        guard case .challenge(let pending) = state.phase else { return [] }
        state.phase = .submitting(.challenge(pending))
        return [.completeChallenge(paymentId: pending.paymentId, outcome: outcome)]
    }

    /// Antom's answer: still this page (what was typed was refused), the 3DS page, or done (S, F, or in process
    /// without a page to show), when the buyer goes back to the merchant.
    private func answered(_ response: PayResponse, _ state: inout HostedCardState) -> [PageEffect] {
        guard case .submitting(let call) = state.phase, let payment = state.payment else { return [] }
        if let id = response.paymentId, id != payment.paymentId { return [] }
        let next = PayResponseReader.usableURL(in: response)
        guard case .pay = call, let next else { return leave(&state) }
        if next == payment.url {
            // The payment still waits here: Antom refused the card (INVALID_CARD_NUMBER…); the buyer corrects it.
            state.phase = .entering
            if response.result.resultStatus != .unknown {
                state.alert = .refused(resultCode: response.result.resultCode, message: response.result.resultMessage)
            }
            return []
        }
        guard response.result.resultStatus == .unknown else { return leave(&state) }
        state.phase = .challenge(PendingPayment(paymentId: payment.paymentId, paymentMethodType: .card, url: next))
        return []
    }

    private func callFailed(_ error: APOClientError, _ state: inout HostedCardState) {
        guard case .submitting(let call) = state.phase else { return }
        // The buyer may press again: Antom takes the same payment's card idempotently.
        if case .challenge(let pending) = call {
            state.phase = .challenge(pending)
        } else {
            state.phase = .entering
        }
        state.alert = .networkError(reason: error.description)
    }

    /// Back to the merchant's `paymentRedirectUrl`; what was typed is forgotten.
    private func leave(_ state: inout HostedCardState) -> [PageEffect] {
        state.phase = .left
        state.draft = state.draft.withoutSecrets
        state.alert = nil
        return [.navigate(url: state.payment?.redirectUrl ?? "")]
    }
}
