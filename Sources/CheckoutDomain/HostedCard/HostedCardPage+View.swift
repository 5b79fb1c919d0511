import Foundation

/// The hosted card page's view-model, in the order's locale: the same `PageView` the embedded page gives, so the
/// terminal draws its form, buttons and 3DS page with the same parts.
extension HostedCardPage {
    public func view(_ state: HostedCardState) -> PageView {
        let text = strings.localizer(for: state.payment?.locale)
        let amount = state.payment?.amount.map { money.format($0, locale: state.payment?.locale ?? Strings.fallbackLocale) }
        var view = PageView(
            title: text.text(.cardPageTitle), orderDescription: state.payment?.orderDescription, amount: amount,
            status: status(state, text), alert: state.alert.map { alert($0, text) }, screen: .blank, buttons: [])
        switch state.phase {
        case .closed:
            break
        case .entering:
            guard let payment = state.payment else { break }
            view.screen = .cardEntry(CardEntryView(
                payee: payment.merchantName.map { text.text(.cardPagePayee, ["merchant": $0, "amount": amount ?? ""]) }
                    ?? amount ?? "",
                form: FormViews.form(title: formTitle(payment, text), state.draft, state.layout, text),
                url: payment.url, note: text.text(.cardPageSecure)))
            view.buttons = [
                PageButton(label: text.text(.buttonPay, ["amount": amount ?? ""]), action: .payPressed),
                PageButton(label: text.text(.buttonBackToMerchant), action: .backToMerchantPressed),
            ]
        case .submitting(let call):
            view.screen = .message(text.text(call == .pay ? .waitingSubmit : .waitingChallenge))
            // The Pay button stays, processing, as on the embedded page; pressing it again does nothing.
            if call == .pay { view.buttons = [PageButton(label: text.text(.processing), action: .payPressed)] }
        case .challenge(let pending):
            (view.screen, view.buttons) = CheckoutPage.challengeStep(url: pending.url, amount: amount ?? "", text)
        case .left:
            view.screen = .message(text.text(.cardPageStatusLeft))
        }
        return view
    }

    /// `Card details`, or `Pay with Visa •••• 0768` for a saved card's CVV.
    private func formTitle(_ payment: HostedCardPayment, _ text: Localizer) -> String {
        guard let saved = payment.savedCard else { return text.text(.formCardTitle) }
        let card = text.text(
            .cardSummary, ["brand": DisplayFormat.brandName(saved.brand) ?? "", "lastFour": saved.lastFour ?? ""])
        return text.text(.formSavedCardTitle, ["card": card])
    }

    private func status(_ state: HostedCardState, _ text: Localizer) -> String {
        switch state.phase {
        case .closed, .left: return text.text(.cardPageStatusLeft)
        case .entering:
            switch state.alert {
            case .formInvalid: return text.text(.statusFixFields)
            case .networkError: return text.text(.statusNetworkError)
            case .refused(let code, _): return text.text(.cardPageStatusRefused, ["code": code.rawValue])
            case nil:
                return text.text(state.payment?.savedCard == nil ? .cardPageStatusEnter : .cardPageStatusEnterCVV)
            }
        case .submitting(.pay): return text.text(.statusSubmitting)
        case .submitting: return text.text(.statusSendingAction)
        case .challenge: return text.text(.statusChallenge)
        }
    }

    private func alert(_ alert: HostedCardAlert, _ text: Localizer) -> String {
        switch alert {
        case .formInvalid(let fields):
            text.text(.alertFormInvalid, ["fields": fields.map { text.text(StringKey.label(of: $0)) }.joined(separator: ", ")])
        case .networkError: text.text(.alertNetworkError)
        case .refused(let code, let message): text.text(.cardPageAlertRefused, ["code": code.rawValue, "message": message ?? ""])
        }
    }
}
