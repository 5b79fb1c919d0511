import Foundation

/// The status line: one sentence saying what just happened, for demos and support training.
extension CheckoutPage {
    func status(_ state: PageState, _ text: Localizer) -> String {
        switch state.phase {
        case .unmounted: return text.text(.statusUnmounted)
        case .loading: return text.text(.statusLoading)
        case .choosing: return choosingStatus(state, text)
        case .confirmingRedirect:
            let type = state.selection?.paymentMethodType ?? ""
            return text.text(presentsSheet(type) ? .statusSheet : .statusConfirm, ["method": methodName(type, text)])
        case .submitting(.pay): return text.text(.statusSubmitting)
        case .submitting: return text.text(.statusSendingAction)
        case .challenge: return text.text(.statusChallenge)
        case .walletPage(let payment): return text.text(.statusWallet, ["method": methodName(payment.paymentMethodType, text)])
        case .code(let code): return text.text(.statusCode, ["method": methodName(code.payment.paymentMethodType, text)])
        case .voucher: return text.text(.statusVoucher)
        case .result(let outcome): return resultStatus(outcome, text)
        case .failed(.sessionExpired): return text.text(.statusExpired)
        case .failed: return text.text(.statusSessionError)
        case .closed: return text.text(.statusClosed)
        }
    }

    private func choosingStatus(_ state: PageState, _ text: Localizer) -> String {
        switch state.alert {
        case .formInvalid, .chooseMethod: return text.text(.statusFixFields)
        case .networkError: return text.text(.statusNetworkError)
        case .walletUnreachable(let type): return text.text(.statusWalletUnreachable, ["method": methodName(type, text)])
        case .cardNeedsBuyerInfo where state.selection == nil: return text.text(.statusCardsUnavailable)
        case .cardNeedsBuyerInfo, nil: break
        }
        guard let option = state.selection else { return text.text(.statusChoose) }
        return text.text(.statusSelected, ["method": optionName(option, state, text)])
    }

    private func resultStatus(_ outcome: PaymentOutcome, _ text: Localizer) -> String {
        switch outcome.kind {
        case .succeeded: text.text(.statusSucceeded)
        case .failed: text.text(.statusFailed, ["code": outcome.resultCode.rawValue])
        case .processing: text.text(.statusProcessing)
        case .codeExpired: text.text(.statusCodeExpired)
        case .abnormal: text.text(.statusAbnormal)
        }
    }

    /// `Przelewy24`, or the saved card's label.
    func optionName(_ option: PaymentOption, _ state: PageState, _ text: Localizer) -> String {
        switch option {
        case .method(let type): return methodName(type, text)
        case .savedCard(let token):
            guard let card = state.lineup.savedCard(token) else { return methodName(.card, text) }
            return savedCardLabel(card, text)
        }
    }

    /// `Visa •••• 0768  12/28`.
    func savedCardLabel(_ card: SavedCard, _ text: Localizer) -> String {
        text.text(.savedCardRow, [
            "brand": DisplayFormat.brandName(card.brand) ?? card.brand, "lastFour": card.lastFour,
            "expiry": DisplayFormat.expiry(month: card.expiryMonth, year: card.expiryYear),
        ])
    }
}
