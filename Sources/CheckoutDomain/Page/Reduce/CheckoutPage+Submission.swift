import Foundation

/// Pay, the redirect confirm step, and the buyer's actions on the 3DS, wallet, QR and voucher pages.
extension CheckoutPage {
    func payPressed(_ state: inout PageState) -> [PageEffect] {
        switch state.phase {
        case .choosing:
            return validateAndPay(&state)
        case .submitting, .challenge, .walletPage, .code:
            // A payment is already in flight: the SDK reports the repeat and submits nothing.
            return [emit(.duplicateSubmission, .eventDuplicateSubmission, into: &state)]
        default:
            return []
        }
    }

    private func validateAndPay(_ state: inout PageState) -> [PageEffect] {
        if sessionIsOver(state) { return expire(whileOpen: true, &state) }
        guard let option = state.selection, var draft = state.drafts[option] else {
            state.alert = .chooseMethod
            return [emit(
                .formVerificationFailed, .eventFormVerificationFailed,
                ["fields": developerText.text(.fieldPaymentMethod)], into: &state)]
        }
        let layout = self.layout(of: option, state)
        let invalid = draft.validate(layout, now: state.now)
        guard invalid.isEmpty else {
            state.drafts[option] = draft
            state.alert = .formInvalid(invalid)
            let names = invalid.map { developerText.text(StringKey.label(of: $0)) }.joined(separator: ", ")
            return [emit(.formVerificationFailed, .eventFormVerificationFailed, ["fields": names], into: &state)]
        }
        state.drafts[option] = draft
        if case .method(let type) = option, state.lineup.method(type)?.flow == .redirect {
            // Redirect wallets: a confirm step before the buyer is sent to the wallet's page.
            state.phase = .confirmingRedirect
            clearTransientAlert(&state)
            return []
        }
        return submit(option, draft, &state)
    }

    func redirectConfirmed(_ state: inout PageState) -> [PageEffect] {
        switch state.phase {
        case .confirmingRedirect:
            if sessionIsOver(state) { return expire(whileOpen: true, &state) }
            guard let option = state.selection, let draft = state.drafts[option] else { return [] }
            return submit(option, draft, &state)
        case .submitting, .walletPage:
            return [emit(.duplicateSubmission, .eventDuplicateSubmission, into: &state)]
        default:
            return []
        }
    }

    private func submit(_ option: PaymentOption, _ draft: FormDraft, _ state: inout PageState) -> [PageEffect] {
        guard let session = state.session else { return [] }
        var submission = PaymentSubmission(
            paymentSessionId: session.paymentSessionId, paymentMethodType: option.paymentMethodType)
        var card: CardPaymentResultInfo?
        let flow: PaymentFlow
        switch option {
        case .savedCard(let token):
            guard let saved = state.lineup.savedCard(token) else { return [] }
            submission.savedCard = SavedCardChoice(cardToken: token, cvv: draft.cvv.digits)
            card = CardPaymentResultInfo(saved: saved)
            flow = .cardForm
        case .method(let type):
            guard let method = state.lineup.method(type) else { return [] }
            flow = method.flow
            if flow == .cardForm {
                guard let expiry = CardExpiry(text: draft.expiry) else { return [] }
                let number = CardNumber(draft.cardNumber.digits)
                submission.card = CardDetails(
                    number: number, expiry: expiry, cvv: draft.cvv.digits,
                    holderName: draft.holderName.trimmingSpaces())
                submission.saveCard = draft.saveCard && layout(of: option, state).offersSaveCard
                card = CardPaymentResultInfo(typed: number)
            }
            let collects = method.info.collects
            if collects.contains(.email) { submission.payerEmail = draft.email }
            if collects.contains(.cpf) { submission.cpf = draft.cpf }
        }
        state.attempt = PaymentAttempt(option: option, flow: flow, card: card)
        state.phase = .submitting(.pay)
        clearTransientAlert(&state)
        return [.submitPayment(submission)]
    }

    func challengeDone(_ outcome: ChallengeOutcome, _ state: inout PageState) -> [PageEffect] {
        guard case .challenge(let payment) = state.phase else { return [] }
        state.phase = .submitting(.challenge(payment))
        return [.completeChallenge(paymentId: payment.paymentId, outcome: outcome)]
    }

    func walletDone(_ action: WalletAction, _ state: inout PageState) -> [PageEffect] {
        let call: InFlightCall
        let paymentId: String
        switch state.phase {
        case .walletPage(let payment): (call, paymentId) = (.wallet(payment), payment.paymentId)
        case .code(let code): (call, paymentId) = (.code(code), code.payment.paymentId)
        case .voucher(let code): (call, paymentId) = (.voucher(code), code.payment.paymentId)
        default: return []
        }
        state.phase = .submitting(call)
        return [.completeRedirect(paymentId: paymentId, action: action)]
    }
}
