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
            (view.headline, view.detail) = (text.text(.merchantSucceededHeadline), text.text(.merchantSucceededDetail))
            view.status = text.text(.merchantStatusSucceeded)
            view.shipping = shippingText(state.shipping, text)
            if state.shipping == .waitingForCapture {
                view.buttons = [MerchantResultButton(label: text.text(.merchantRecheck), action: .recheckPressed)]
            }
        case .failed(let code, _):
            (view.headline, view.detail) = (text.text(.merchantFailedHeadline), text.text(FailureAdvice.key(for: code)))
            view.paymentResultCode = code
            view.status = text.text(.merchantStatusFailed, ["code": code ?? ""])
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

    private func shippingText(_ status: ShippingStatus, _ text: Localizer) -> String? {
        switch status {
        case .notApplicable: nil
        case .ready: text.text(.merchantShippingReady)
        case .waitingForCapture: text.text(.merchantShippingWaiting)
        case .captureFailed: text.text(.merchantShippingCaptureFailed)
        }
    }
}
