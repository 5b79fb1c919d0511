/// Everything that happens on the merchant's site: the buyer on its pages, the merchant's staff on the result
/// page, and the answers to its effects. The pages' own actions are embedded, not re-spelled.
public enum MerchantSiteAction: Equatable, Sendable {
    // The buyer.
    /// The buyer opens the order page: the merchant server creates the payment session.
    case orderPageOpened
    /// The buyer reloads the order page: the page is dropped and a new session created.
    case orderPageReloaded
    /// "Open checkout again" after SDK_PAYMENT_CANCEL: the same paymentSessionData, mounted again.
    case reopenPressed
    /// What the buyer does on the embedded page, and the answers to its calls and timers.
    case page(PageAction)
    /// The result page: its inquiries' answers, its re-check, and notifyCapture reaching the merchant.
    case result(MerchantResultAction)
    /// What the buyer does on APO's hosted card page (hosted card mode), and the answers to its calls.
    case cardPage(PageAction)
    /// Hosted card mode: the buyer pays with a new card or the saved one, on the order page's choice or for
    /// another order from the result page.
    case newOrderPressed(withSavedCard: Bool)

    // The merchant's staff.
    /// Capture, refund, cancel, or inquire again, from the result page: only what it offers now.
    case operationRequested(MerchantOperation)
    /// The merchant's server makes the call on its own (a steps file's `merchant` step) on `paymentId`, whatever
    /// the result page offers, so QA can see how Antom answers a call the page would not make (a refund above what
    /// remains, a capture after a cancel). Its answer takes the same way as the result page's.
    case serverCalled(MerchantOperation, paymentId: String?)

    // Answers to the site's own calls.
    case sessionCreated(CreatePaymentSessionResponse)
    case sessionCreationFailed(APOClientError)
    /// Hosted card mode: what `pay` answered, or that it got no answer.
    indirect case paid(PayResponse)
    case payFailed(APOClientError)
    case operationAnswered(MerchantOperationAnswer)
    /// The call to `endpoint` got no usable answer.
    case operationFailed(APOEndpoint, APOClientError)
}

extension MerchantSiteAction {
    /// What the buyer does inside the form of the page on screen (`PageAction.isFormInput`).
    public var isFormInput: Bool {
        switch self {
        case .page(let action), .cardPage(let action): action.isFormInput
        default: false
        }
    }
}
