import Foundation

/// Everything the merchant's site knows: which page the buyer is on, the session it created, the embedded page's
/// and the result page's states, and the operations under way. Changed only by `MerchantSite.reduce`.
public struct MerchantSiteState: Equatable, Sendable {
    public internal(set) var stage: MerchantSiteStage = .creatingSession
    public internal(set) var session: CreatePaymentSessionResponse?
    public internal(set) var page = PageState()
    /// APO's hosted card page (hosted card mode).
    public internal(set) var cardPage = HostedCardState()
    /// What `pay` answered for the current order (hosted card mode).
    public internal(set) var payment: PayResponse?
    /// The card this order is paid with: the buyer's saved card, or nil for a new card typed on APO's page.
    public internal(set) var payingWith: HostedSavedCard?
    /// The buyer's saved card: one saved before (the scenario's), or the `cardToken` Antom minted for the buyer's
    /// card (paymentResultInfo), kept for the next order.
    public internal(set) var savedCard: HostedSavedCard?
    /// Orders placed in this run (hosted card mode); the second and later get their own paymentRequestId.
    public internal(set) var orders = 1
    public internal(set) var result = MerchantResultState()
    public internal(set) var operations = MerchantOperations()
    /// The paymentRequestId the merchant switched to, after a createPaymentSession timeout or for a new order;
    /// nil: the scenario's.
    public internal(set) var retriedPaymentRequestId: String?
    /// How many new paymentRequestIds the merchant has minted, for the `_R<n>` suffix.
    var paymentRequestIdRetries = 0
    /// The current createPaymentSession round already retried once after a timeout.
    var sessionRetried = false

    public init() {}

    /// A payment the buyer started and that has no final answer yet, or a merchant operation under way.
    public var paymentInFlight: Bool {
        if operations.inFlight != nil { return true }
        if stage == .cardPage {
            switch cardPage.phase {
            case .submitting, .challenge: return true
            case .closed, .entering, .left: return false
            }
        }
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
        case .creatingSession, .merchantResult, .cardPage, .choosingCard: false
        }
    }
}

/// Which page of the merchant's site the buyer is on.
public enum MerchantSiteStage: Equatable, Sendable {
    /// The merchant server is calling createPaymentSession (or, in hosted card mode, pay).
    case creatingSession
    /// createPaymentSession gave no session: no page is mounted.
    case sessionFailed(SessionFailure)
    /// The Checkout Page is mounted (in the order page, or full-screen when hosted).
    case checkout
    /// The buyer left the page (SDK_PAYMENT_CANCEL); the merchant may mount it again.
    case pageLeft
    /// The merchant's payment result page, which inquires.
    case merchantResult
    /// APO's hosted card page at the `normalUrl` `pay` answered (hosted card mode).
    case cardPage
    /// Hosted card mode, the order page: the buyer chooses a saved card or a new one before the merchant pays.
    case choosingCard
}

/// Why no session came back from createPaymentSession (in hosted card mode: why `pay` gave no page to go to).
public enum SessionFailure: Equatable, Sendable {
    /// Antom answered F or U; the message names the field.
    case rejected(APOResult)
    /// No answer at all.
    case unanswered(APOClientError)
}
