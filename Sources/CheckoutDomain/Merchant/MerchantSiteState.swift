import Foundation

/// Everything the merchant's site knows: which page the buyer is on, the session it created, the embedded page's
/// and the result page's states, and the operations under way. Changed only by `MerchantSite.reduce`.
public struct MerchantSiteState: Equatable, Sendable {
    public internal(set) var stage: MerchantSiteStage = .creatingSession
    public internal(set) var session: CreatePaymentSessionResponse?
    public internal(set) var page = PageState()
    public internal(set) var result = MerchantResultState()
    public internal(set) var operations = MerchantOperations()
    /// The paymentRequestId the merchant switched to after a createPaymentSession timeout; nil: the scenario's.
    public internal(set) var retriedPaymentRequestId: String?
    /// How many new paymentRequestIds the merchant has minted, for the `_R<n>` suffix.
    var paymentRequestIdRetries = 0
    /// The current createPaymentSession round already retried once after a timeout.
    var sessionRetried = false

    public init() {}

    /// A payment the buyer started and that has no final answer yet, or a merchant operation under way.
    public var paymentInFlight: Bool {
        if operations.inFlight != nil { return true }
        guard stage == .checkout else { return false }
        switch page.phase {
        case .submitting, .challenge, .walletPage, .code, .voucher: return true
        default: return false
        }
    }

    /// The buyer may reload the order page: a page is (or could be) mounted and nothing is under way.
    public var canReloadOrderPage: Bool {
        switch stage {
        case .checkout, .pageLeft, .sessionFailed: !paymentInFlight
        case .creatingSession, .merchantResult: false
        }
    }
}

/// Which page of the merchant's site the buyer is on.
public enum MerchantSiteStage: Equatable, Sendable {
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
