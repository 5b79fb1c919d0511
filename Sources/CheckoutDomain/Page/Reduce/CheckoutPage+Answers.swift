import Foundation

/// Reading the APO's answers (`S`, `F`, `U`) and transport failures.
extension CheckoutPage {
    func answered(_ response: PayResponse, _ state: inout PageState) -> [PageEffect] {
        switch state.phase {
        case .submitting(let call):
            return answer(response, to: call, &state)
        case .code(let code), .voucher(let code):
            // The server may settle the payment while the code is shown (the buyer paid in the app).
            return settleIfFinal(response, paymentId: code.payment.paymentId, &state)
        case .result(let outcome) where outcome.isPending:
            // "Treated as processing until the server says otherwise."
            return settleIfFinal(response, paymentId: outcome.paymentId, &state)
        default:
            return []
        }
    }

    private func settleIfFinal(_ response: PayResponse, paymentId: String?, _ state: inout PageState) -> [PageEffect] {
        guard response.result.resultStatus != .unknown else { return [] }
        if let expected = paymentId, let got = response.paymentId, expected != got { return [] }
        return final(response, &state)
    }

    private func answer(_ response: PayResponse, to call: InFlightCall, _ state: inout PageState) -> [PageEffect] {
        guard response.result.resultStatus == .unknown else { return final(response, &state) }
        guard case .pay = call else {
            // U after the buyer acted (e.g. abandoned): not final.
            return settle(.processing, response, &state)
        }
        return continueAfterPay(response, &state)
    }

    private func final(_ response: PayResponse, _ state: inout PageState) -> [PageEffect] {
        if response.result.resultStatus == .failure, state.attempt?.option.paymentMethodType == .card,
            !Self.hasBuyerInfo(state.session?.request.order?.buyer)
        {
            return cardsNeedBuyerInfo(response, &state)
        }
        return settle(response.result.resultStatus == .success ? .succeeded : .failed, response, &state)
    }

    /// Seed 003: at least one of referenceBuyerId, buyerPhoneNo or buyerEmail must be in `order.buyer` for cards.
    static func hasBuyerInfo(_ buyer: Buyer?) -> Bool {
        [buyer?.referenceBuyerId, buyer?.buyerPhoneNo, buyer?.buyerEmail].contains { !($0 ?? "").isEmpty }
    }

    /// The APO refused the card for want of buyer info: an error on the page, cards disabled, other methods still open.
    private func cardsNeedBuyerInfo(_ response: PayResponse, _ state: inout PageState) -> [PageEffect] {
        let outcome = self.outcome(.failed, response, state)
        state.cardsBlocked = true
        state.selection = nil
        state.phase = .choosing
        state.alert = .cardNeedsBuyerInfo(resultCode: outcome.resultCode, message: outcome.resultMessage)
        return [emit(
            .paymentFail, .eventPaymentFail, ["code": outcome.resultCode.rawValue],
            result: eventResult(outcome, status: .failure), into: &state)]
    }

    /// `U` to the first submission: a 3DS challenge, a wallet page, a QR code or a voucher, by the method's flow.
    private func continueAfterPay(_ response: PayResponse, _ state: inout PageState) -> [PageEffect] {
        guard let attempt = state.attempt, let paymentId = response.paymentId, !paymentId.isEmpty else {
            return settle(.abnormal, response, &state)
        }
        let type = attempt.option.paymentMethodType
        let url = PayResponseReader.usableURL(in: response)
        let payment = PendingPayment(paymentId: paymentId, paymentMethodType: type, url: url)
        switch attempt.flow {
        case .cardForm:
            guard url != nil else { return settle(.processing, response, &state) }
            state.phase = .challenge(payment)
            return [emit(.paymentChallenge, .eventPaymentChallenge, into: &state)]
        case .redirect where presentsSheet(type):
            // The buyer already authorised on the wallet's sheet: the page completes the payment itself.
            state.phase = .submitting(.wallet(payment))
            return [.completeRedirect(paymentId: paymentId, action: .approve)]
        case .redirect:
            return openWallet(payment, &state)
        case .qrCode:
            guard let code = PayResponseReader.code(in: response, payment: payment) else {
                return openWallet(payment, &state)
            }
            return showCode(code, &state)
        case .voucher:
            guard let code = PayResponseReader.code(in: response, payment: payment) else {
                return walletUnreachable(type, &state)
            }
            state.phase = .voucher(code)
            let deadline = code.expiresAt.map { [schedule(.codeCountdown, at: $0, &state)] } ?? []
            return [emit(
                .paymentProcessing, .eventVoucherIssued,
                result: SDKEventResult(
                    paymentResultCode: response.result.resultCode, paymentResultMessage: response.result.resultMessage,
                    resultCode: response.result.resultCode, resultStatus: ResultStatus.unknown.rawValue), into: &state)] + deadline
        }
    }

    private func openWallet(_ payment: PendingPayment, _ state: inout PageState) -> [PageEffect] {
        guard payment.url != nil else { return walletUnreachable(payment.paymentMethodType, &state) }
        state.phase = .walletPage(payment)
        return [emit(.callURLSuccess, .eventCallURLSuccess, ["method": payment.paymentMethodType.rawValue], into: &state)]
    }

    /// No usable URL: the buyer stays on the form and may try again or choose another method.
    private func walletUnreachable(_ type: PaymentMethodType, _ state: inout PageState) -> [PageEffect] {
        state.phase = .choosing
        state.alert = .walletUnreachable(paymentMethodType: type)
        return [emit(.callURLError, .eventCallURLErrorNoURL, ["method": type.rawValue], into: &state)]
    }

    /// Shows a QR code, starting its countdown (or treating it as expired at once).
    func showCode(_ code: PaymentCode, _ state: inout PageState) -> [PageEffect] {
        state.phase = .code(code)
        guard let expiresAt = code.expiresAt else { return [] }
        if state.now >= expiresAt { return codeExpired(&state) }
        return [schedule(.codeCountdown, at: min(state.now.addingTimeInterval(1), expiresAt), &state)]
    }
}
