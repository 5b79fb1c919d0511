import Foundation

/// Builds the merchant result page's view-model, localized.
extension MerchantResultPage {
    public func view(_ state: MerchantResultState, locale: String? = nil) -> MerchantResultView {
        let text = strings.localizer(for: locale)
        var view = MerchantResultView(
            title: text.text(.merchantTitle), headline: "", detail: "", paymentResultCode: nil, shipping: nil,
            status: "", buttons: [])
        switch state.phase {
        case .idle:
            (view.headline, view.detail, view.status) = (
                text.text(.merchantIdleHeadline), "", text.text(.merchantStatusIdle))
        case .checking:
            (view.headline, view.detail) = (text.text(.merchantCheckingHeadline), text.text(.merchantCheckingDetail))
            view.status = text.text(state.recheckScheduled ? .merchantStatusRecheckSoon : .merchantStatusInquiring)
        case .succeeded:
            (view.headline, view.detail) = succeeded(state.ledger, text, locale: locale)
            view.status = text.text(.merchantStatusSucceeded)
            view.shipping = shippingText(state.shipping, text)
            if let ledger = state.ledger, ledger.refunded > 0, ledger.refundable == 0 {
                view.shipping = text.text(.merchantShippingRefunded)
            }
            if state.shipping == .waitingForCapture {
                view.buttons = [MerchantResultButton(label: text.text(.merchantRecheck), action: .recheckPressed)]
            }
        case .failed(let code, _):
            (view.headline, view.detail) = (text.text(.merchantFailedHeadline), text.text(FailureAdvice.key(for: code)))
            view.paymentResultCode = code
            view.status = text.text(.merchantStatusFailed, ["code": code?.rawValue ?? ""])
        case .cancelled:
            (view.headline, view.detail) = (text.text(.merchantCancelledHeadline), text.text(.merchantCancelledDetail))
            view.status = text.text(.merchantStatusCancelled)
        case .notPaid:
            (view.headline, view.detail) = (text.text(.merchantNotPaidHeadline), text.text(.merchantNotPaidDetail))
            view.status = text.text(.merchantStatusNotPaid)
        case .processing:
            (view.headline, view.detail) = (text.text(.merchantProcessingHeadline), text.text(.merchantProcessingDetail))
            view.status = text.text(.merchantStatusProcessing)
            view.buttons = [MerchantResultButton(label: text.text(.merchantRecheck), action: .recheckPressed)]
        }
        return view
    }

    /// What a successful payment is now, from the inquiry's transactions: authorised only, partly captured,
    /// partly or fully refunded, or simply paid.
    private func succeeded(_ ledger: PaymentLedger?, _ text: Localizer, locale: String?) -> (String, String) {
        guard let ledger else { return (text.text(.merchantSucceededHeadline), text.text(.merchantSucceededDetail)) }
        let money = { (value: Int64) in self.money.format(ledger.amount(value), locale: locale ?? "en_US") }
        if ledger.refunded > 0 {
            let (refunded, remaining) = (money(ledger.refunded), money(ledger.refundable))
            // A part still authorised (MANUAL capture) can be captured yet: the payment is not refunded in full.
            if ledger.capturable > 0 {
                return (
                    text.text(.merchantPartlyRefundedHeadline),
                    text.text(
                        .merchantPartlyRefundedAuthorisedDetail,
                        ["refunded": refunded, "remaining": remaining, "authorised": money(ledger.capturable)])
                )
            }
            guard ledger.refundable > 0 else {
                return (text.text(.merchantRefundedHeadline), text.text(.merchantRefundedDetail, ["refunded": money(ledger.refunded)]))
            }
            return (
                text.text(.merchantPartlyRefundedHeadline),
                text.text(.merchantPartlyRefundedDetail, ["refunded": refunded, "remaining": remaining])
            )
        }
        guard ledger.needsCapture, ledger.captured < ledger.total else {
            return (text.text(.merchantSucceededHeadline), text.text(.merchantSucceededDetail))
        }
        guard ledger.captured > 0 else {
            return (text.text(.merchantAuthorisedHeadline), text.text(.merchantAuthorisedDetail, ["amount": money(ledger.total)]))
        }
        return (
            text.text(.merchantPartlyCapturedHeadline),
            text.text(
                .merchantPartlyCapturedDetail,
                ["captured": money(ledger.captured), "total": money(ledger.total), "remaining": money(ledger.capturable)])
        )
    }

    private func shippingText(_ status: ShippingStatus, _ text: Localizer) -> String? {
        switch status {
        case .notApplicable: nil
        case .ready: text.text(.merchantShippingReady)
        case .waitingForCapture: text.text(.merchantShippingWaiting)
        case .captureFailed: text.text(.merchantShippingCaptureFailed)
        }
    }
}
