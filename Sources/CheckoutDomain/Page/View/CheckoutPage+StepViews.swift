import Foundation

/// The screens after Pay: confirm, 3DS, wallet page, QR code, voucher and result.
extension CheckoutPage {
    func stepView(_ state: PageState, _ text: Localizer) -> (PageScreen, [PageButton]) {
        let amount = state.amountText ?? ""
        switch state.phase {
        case .confirmingRedirect:
            let type = state.selection?.paymentMethodType ?? ""
            let name = methodName(type, text)
            if presentsSheet(type) {
                return (
                    .paymentSheet(PaymentSheetView(
                        methodName: name, paymentMethodType: type,
                        merchantName: state.session?.request.order?.merchant?.merchantName,
                        total: text.text(.sheetTotal, ["amount": amount]), detail: text.text(.sheetDetail, ["method": name]))),
                    [button(text, .sheetContinue, .redirectConfirmed), button(text, .sheetCancel, .backPressed)]
                )
            }
            return (
                .redirectConfirm(RedirectConfirmView(
                    methodName: name, paymentMethodType: type,
                    message: text.text(.confirmMessage, ["method": name, "amount": amount]))),
                [
                    button(text, .buttonContinueTo, .redirectConfirmed, ["method": name]),
                    button(text, .buttonBack, .backPressed),
                ]
            )
        case .challenge(let payment):
            return Self.challengeStep(url: payment.url, amount: amount, text)
        case .walletPage(let payment):
            let name = methodName(payment.paymentMethodType, text)
            return (
                .wallet(WalletPageView(
                    methodName: name, paymentMethodType: payment.paymentMethodType,
                    message: text.text(.walletMessage, ["method": name, "amount": amount]), url: payment.url)),
                [
                    button(text, .buttonWalletApprove, .redirectApproved),
                    button(text, .buttonWalletDecline, .redirectDeclined),
                    button(text, .buttonWalletAbandon, .redirectAbandoned),
                ]
            )
        case .code(let code):
            return (.code(codeView(code, state, text)), [
                button(text, .buttonCodePaid, .redirectApproved), button(text, .buttonCodeDeclined, .redirectDeclined),
                button(text, .buttonCodeAbandon, .redirectAbandoned),
            ])
        case .voucher(let code):
            let name = methodName(code.payment.paymentMethodType, text)
            let deadline = code.expiresAt.map { marketTime($0, state, paymentMethodType: code.payment.paymentMethodType) }
            let instructions = deadline.map { text.text(.voucherInstructions, ["amount": amount, "deadline": $0]) }
                ?? text.text(.voucherInstructionsNoDeadline, ["amount": amount])
            return (
                .voucher(VoucherView(
                    methodName: name, paymentMethodType: code.payment.paymentMethodType, code: code.codeValue,
                    codeLabel: text.text(.paymentCodeLabel), instructions: instructions, deadline: deadline)),
                [
                    button(text, .buttonVoucherPaid, .redirectApproved),
                    button(text, .buttonVoucherAbandon, .redirectAbandoned),
                    button(text, .buttonBackToMerchant, .backToMerchantPressed),
                ]
            )
        case .result(let outcome):
            return resultView(outcome, amount, text)
        default:
            return (.blank, [])
        }
    }

    /// The simulated 3DS page and its three ways out, the same behind the embedded page and the hosted card page.
    static func challengeStep(url: String?, amount: String, _ text: Localizer) -> (PageScreen, [PageButton]) {
        (
            .challenge(ChallengeView(
                headline: text.text(.challengeHeadline), detail: text.text(.challengeDetail, ["amount": amount]), url: url)),
            [
                PageButton(label: text.text(.buttonChallengePass), action: .challengePassed),
                PageButton(label: text.text(.buttonChallengeFail), action: .challengeFailed),
                PageButton(label: text.text(.buttonChallengeAbandon), action: .challengeAbandoned),
            ]
        )
    }

    private func codeView(_ code: PaymentCode, _ state: PageState, _ text: Localizer) -> CodeView {
        let name = methodName(code.payment.paymentMethodType, text)
        let seconds = state.codeSecondsLeft
        return CodeView(
            methodName: name, paymentMethodType: code.payment.paymentMethodType, codeValue: code.codeValue,
            qrLabel: text.text(.qrCodeLabel), valueLabel: text.text(.codeValueLabel), tooSmall: text.text(.qrTooSmall),
            instructions: text.text(.codeInstructions, ["method": name, "amount": state.amountText ?? ""]),
            countdown: seconds.map { text.text(.codeCountdown, ["time": DisplayFormat.countdown($0)]) },
            secondsLeft: seconds)
    }

    private func resultView(_ outcome: PaymentOutcome, _ amount: String, _ text: Localizer) -> (PageScreen, [PageButton]) {
        let headline: StringKey
        let detail: String
        switch outcome.kind {
        case .succeeded:
            headline = .resultSucceededHeadline
            detail = text.text(.resultSucceededDetail, ["amount": amount])
        case .failed:
            headline = .resultFailedHeadline
            detail = text.text(FailureAdvice.key(for: outcome.resultCode))
        case .processing:
            headline = .resultProcessingHeadline
            detail = text.text(.resultProcessingDetail)
        case .codeExpired:
            headline = .resultCodeExpiredHeadline
            detail = text.text(.resultCodeExpiredDetail)
        case .abnormal:
            headline = .resultAbnormalHeadline
            detail = text.text(.resultAbnormalDetail)
        }
        let card = outcome.card.flatMap { info -> String? in
            guard let lastFour = info.lastFour else { return nil }
            return text.text(.cardSummary, ["brand": DisplayFormat.brandName(info.cardBrand) ?? "", "lastFour": lastFour])
        }
        var buttons: [PageButton] = []
        if outcome.kind == .failed { buttons.append(button(text, .buttonTryAgain, .retryPressed)) }
        buttons.append(button(text, .buttonBackToMerchant, .backToMerchantPressed))
        return (
            .result(ResultView(
                kind: outcome.kind, headline: text.text(headline), detail: detail, paymentResultCode: outcome.resultCode,
                card: card)),
            buttons
        )
    }

    private func button(
        _ text: Localizer, _ key: StringKey, _ action: PageAction, _ arguments: TextArguments = [:]
    ) -> PageButton {
        PageButton(label: text.text(key, arguments), action: action)
    }
}
