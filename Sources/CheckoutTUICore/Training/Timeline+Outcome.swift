import CheckoutDomain

extension Timeline {
    /// The entry that explains how things ended, for the explain pane a trainee opens on: the newest failure, or
    /// failing that the newest entry the knowledge base explains, passing over the routine reads that come after
    /// an outcome (an inquiry that found nothing new, the page loading). Nil for an empty timeline.
    public var outcomeIndex: Int? {
        let explained = entries.indices.filter { entries[$0].topic != nil && !entries[$0].isRoutine }
        return explained.last { entries[$0].isDecisive } ?? explained.last ?? entries.indices.last
    }
}

extension TimelineEntry {
    /// A call that only reads or sets up (createPaymentSession, loadSession, inquiryPayment answered S), or an SDK
    /// event that only reports loading or a redirect.
    var isRoutine: Bool {
        let facts = evidenceFacts
        switch source {
        case .api, .page:
            return ["createPaymentSession", "loadSession", "inquiryPayment"].contains(title) && facts.resultStatus == "S"
        case .sdk:
            return ["SDK_START_OF_LOADING", "SDK_END_OF_LOADING", "SDK_CALL_URL_SUCCESS"].contains(title)
        default:
            return false
        }
    }

    /// A failure, a final result or the buyer leaving: an entry an outcome rests on.
    var isDecisive: Bool {
        let facts = evidenceFacts
        if tone == .failure || facts.resultStatus == "F" { return true }
        return source == .sdk && [SDKEventCode.paymentSuccessful.rawValue, SDKEventCode.paymentCancel.rawValue].contains(title)
    }
}
