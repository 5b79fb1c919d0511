import CheckoutDomain

/// Which screen of the simulated merchant site the buyer is on.
public enum AppStage: Equatable, Sendable {
    /// The merchant server is calling createPaymentSession.
    case creatingSession
    /// createPaymentSession gave no session: no page is mounted.
    case sessionFailed(SessionFailure)
    /// The Checkout Page is mounted (in the order page, or full-screen when hosted).
    case checkout
    /// The buyer left the page (SDK_PAYMENT_CANCEL); the merchant may mount it again.
    case pageLeft
    /// The merchant's payment result page, which inquires.
    case merchantResult
}

/// Why no session came back from createPaymentSession.
public enum SessionFailure: Equatable, Sendable {
    /// Antom answered F or U; the message names the field.
    case rejected(APOResult)
    /// No answer at all.
    case unanswered(APOClientError)
}
