import Foundation

/// What the embedded Checkout Page itself asks of Antom: the buyer's side of the simulation.
///
/// The web SDK talks to Antom behind the scenes; these calls stand for that traffic. Outcomes reuse the
/// `pay` API's wire shape: `U`/`PAYMENT_IN_PROCESS` with `normalUrl` for a 3DS challenge or a wallet page,
/// `orderCodeForm` for a QR code or a voucher.
public protocol CheckoutPageService: Sendable {
    /// Opens a session from the `paymentSessionData` the merchant passed to `mountComponent`.
    func loadSession(sessionData: String) async throws(APOClientError) -> SessionLoad
    /// The buyer pressed Pay.
    func submitPayment(_ submission: PaymentSubmission) async throws(APOClientError) -> PayResponse
    /// The buyer finished (or left) the 3DS challenge page.
    func completeChallenge(paymentId: String, outcome: ChallengeOutcome) async throws(APOClientError) -> PayResponse
    /// The buyer acted on the wallet's or bank's page, or on the QR code / voucher.
    func completeRedirect(paymentId: String, action: WalletAction) async throws(APOClientError) -> PayResponse
    /// The buyer typed the card, or the saved card's CVV, on the hosted card page (seed 002) of a `pay` payment
    /// that carried none.
    func enterCard(paymentId: String, _ entry: HostedCardEntry) async throws(APOClientError) -> PayResponse
}

/// What opening a session gave.
public enum SessionLoad: Hashable, Sendable {
    case ready(PageSession)
    /// The data is not a session (`PARAM_ILLEGAL`), is unknown, or has expired; the message names which.
    case rejected(APOResult)
}

/// A mounted session as the page sees it: the merchant's request and the buyer's saved cards, resolved.
public struct PageSession: Codable, Hashable, Sendable {
    public var paymentSessionId: String
    public var paymentSessionData: String
    public var request: CreatePaymentSessionRequest
    public var expiresAt: Date
    public var savedCards: [SavedCard]

    public init(
        paymentSessionId: String, paymentSessionData: String, request: CreatePaymentSessionRequest,
        expiresAt: Date, savedCards: [SavedCard]
    ) {
        self.paymentSessionId = paymentSessionId
        self.paymentSessionData = paymentSessionData
        self.request = request
        self.expiresAt = expiresAt
        self.savedCards = savedCards
    }
}

/// A vaulted card, shown as brand, masked number and expiry; paid with its token and a fresh CVV.
public struct SavedCard: Codable, Hashable, Sendable {
    public var cardToken: String
    public var brand: String
    /// `************0768`.
    public var maskedCardNo: String
    public var lastFour: String
    public var expiryMonth: String
    public var expiryYear: String
    public var cardholderName: String?

    public init(
        cardToken: String, brand: String, maskedCardNo: String, lastFour: String, expiryMonth: String,
        expiryYear: String, cardholderName: String? = nil
    ) {
        self.cardToken = cardToken
        self.brand = brand
        self.maskedCardNo = maskedCardNo
        self.lastFour = lastFour
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
        self.cardholderName = cardholderName
    }
}

/// How the buyer left the 3DS challenge page.
public enum ChallengeOutcome: String, Codable, Hashable, Sendable, CaseIterable {
    case pass
    case fail
    case abandon
}

/// What the buyer did on the wallet's or bank's page (or with the QR code or voucher).
public enum WalletAction: String, Codable, Hashable, Sendable, CaseIterable {
    case approve
    case decline
    case abandon
}
