import Foundation

/// Builds the page's view-model from its state, in the session's locale.
extension CheckoutPage {
    public func view(_ state: PageState) -> PageView {
        let text = buyerText(state)
        var view = PageView(
            title: text.text(.pageTitle), orderDescription: state.session?.request.order?.orderDescription,
            amount: state.amountText, status: status(state, text), alert: state.alert.map { alert($0, state, text) },
            screen: .blank, buttons: [])
        switch state.phase {
        case .unmounted:
            break
        case .loading:
            view.screen = .message(text.text(.loadingMessage))
        case .choosing:
            view.screen = .methods(methodList(state, text))
            if state.selection != nil {
                view.buttons.append(PageButton(label: payLabel(state, text), action: .payPressed))
                view.buttons.append(PageButton(label: text.text(.buttonBack), action: .backPressed))
            }
            view.buttons.append(PageButton(label: text.text(.buttonLeave), action: .leavePressed))
        case .submitting(let call):
            view.screen = .message(waitingMessage(call, state, text))
            // The Pay button stays, processing: pressing it again is the duplicate submission the SDK reports.
            if case .pay = call { view.buttons = [PageButton(label: text.text(.processing), action: .payPressed)] }
        case .failed(let error):
            view.screen = .error(errorView(error, state, text))
            view.buttons = [PageButton(label: text.text(.buttonLeave), action: .leavePressed)]
        case .closed:
            view.screen = .message(text.text(.closedMessage))
        case .confirmingRedirect, .challenge, .walletPage, .code, .voucher, .result:
            (view.screen, view.buttons) = stepView(state, text)
        }
        return view
    }

    /// The amount to pay in `request`'s locale, for `PageState.amountText`.
    func amountText(_ request: CreatePaymentSessionRequest) -> String? {
        guard let amount = request.paymentAmount ?? request.order?.orderAmount else { return nil }
        return money.format(amount, locale: request.locale ?? Strings.fallbackLocale)
    }

    /// The method's name in the buyer's language (`カード`), else the catalog's (`Przelewy24`), else its type.
    /// The wallet opens its own payment sheet over the page (Google Pay, Apple Pay).
    func presentsSheet(_ type: PaymentMethodType) -> Bool {
        catalog.method(type)?.presentsSheet ?? false
    }

    /// `date` on the clock of the payment's market, in the buyer's locale, the zone named.
    func marketTime(_ date: Date, _ state: PageState, paymentMethodType: PaymentMethodType?) -> String {
        marketTime(date, request: state.session?.request, paymentMethodType: paymentMethodType)
    }

    /// `date` on the clock of `request`'s market, for the merchant's pages when no page is mounted.
    public func marketTime(_ date: Date, request: CreatePaymentSessionRequest?, paymentMethodType: PaymentMethodType?) -> String {
        let zone = MarketTimeZone.market(
            methodRegions: paymentMethodType.flatMap { catalog.method($0)?.regions } ?? [], locale: request?.locale,
            currency: (request?.paymentAmount ?? request?.order?.orderAmount)?.currency)
        return zone.format(date, locale: request?.locale ?? Strings.fallbackLocale)
    }

    func methodName(_ type: PaymentMethodType, _ text: Localizer) -> String {
        text.methodName(type) ?? catalog.method(type)?.displayName ?? type.rawValue
    }

    func payLabel(_ state: PageState, _ text: Localizer) -> String {
        text.text(.buttonPay, ["amount": state.amountText ?? ""])
    }

    private func waitingMessage(_ call: InFlightCall, _ state: PageState, _ text: Localizer) -> String {
        switch call {
        case .pay: text.text(.waitingSubmit)
        case .challenge: text.text(.waitingChallenge)
        case .wallet(let payment): text.text(.waitingMethod, ["method": methodName(payment.paymentMethodType, text)])
        case .code(let code), .voucher(let code):
            text.text(.waitingMethod, ["method": methodName(code.payment.paymentMethodType, text)])
        }
    }

    private func alert(_ alert: PageAlert, _ state: PageState, _ text: Localizer) -> String {
        switch alert {
        case .formInvalid(let fields):
            text.text(
                .alertFormInvalid, ["fields": fields.map { text.text(StringKey.label(of: $0)) }.joined(separator: ", ")])
        case .chooseMethod:
            text.text(.alertChooseMethod)
        case .networkError:
            text.text(.alertNetworkError)
        case .walletUnreachable(let type):
            text.text(.alertWalletUnreachable, ["method": methodName(type, text)])
        case .cardNeedsBuyerInfo(let code, _):
            text.text(.alertCardNeedsBuyerInfo, ["code": code.rawValue])
        }
    }

    private func errorView(_ error: PageError, _ state: PageState, _ text: Localizer) -> ErrorView {
        switch error {
        case .malformedSessionData(let reason):
            ErrorView(
                headline: text.text(.errorCannotOpenHeadline), detail: text.text(.errorMalformedDetail, ["reason": reason]),
                code: error.eventCode)
        case .sessionRejected(let code, let message):
            ErrorView(
                headline: text.text(.errorCannotOpenHeadline),
                detail: text.text(.errorRejectedDetail, ["code": code.rawValue, "message": message ?? ""]), code: error.eventCode)
        case .sessionUnusable(let reason):
            ErrorView(
                headline: text.text(.errorCannotOpenHeadline), detail: text.text(.errorUnusableDetail, ["reason": reason]),
                code: error.eventCode)
        case .sessionExpired(let date, _):
            ErrorView(
                headline: text.text(.errorExpiredHeadline),
                detail: text.text(.errorExpiredDetail, ["time": marketTime(date, state, paymentMethodType: nil)]), code: error.eventCode)
        case .loadFailed(let reason):
            ErrorView(
                headline: text.text(.errorLoadFailedHeadline), detail: text.text(.errorLoadFailedDetail, ["reason": reason]),
                code: error.eventCode)
        }
    }
}
