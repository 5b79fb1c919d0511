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

/// What the buyer submitted from the page.
public struct PaymentSubmission: Hashable, Sendable {
    public var paymentSessionId: String
    public var paymentMethodType: String
    /// A new card typed into the form.
    public var card: CardDetails?
    /// A saved card chosen from the list, with the CVV typed for it.
    public var savedCard: SavedCardChoice?
    /// The buyer ticked "save this card" (shown only with tokenizeMode ASKFORCONSENT).
    public var saveCard: Bool
    public var payerEmail: String?
    public var cpf: String?

    public init(
        paymentSessionId: String, paymentMethodType: String, card: CardDetails? = nil,
        savedCard: SavedCardChoice? = nil, saveCard: Bool = false, payerEmail: String? = nil, cpf: String? = nil
    ) {
        self.paymentSessionId = paymentSessionId
        self.paymentMethodType = paymentMethodType
        self.card = card
        self.savedCard = savedCard
        self.saveCard = saveCard
        self.payerEmail = payerEmail
        self.cpf = cpf
    }
}

/// A card typed into the form. Its number masks itself wherever it is printed.
public struct CardDetails: Hashable, Sendable {
    public var number: CardNumber
    public var expiry: CardExpiry
    public var cvv: String
    public var holderName: String

    public init(number: CardNumber, expiry: CardExpiry, cvv: String, holderName: String) {
        self.number = number
        self.expiry = expiry
        self.cvv = cvv
        self.holderName = holderName
    }
}

/// A saved card picked by its token, with the CVV the buyer typed for it.
public struct SavedCardChoice: Hashable, Sendable {
    public var cardToken: String
    public var cvv: String

    public init(cardToken: String, cvv: String) {
        self.cardToken = cardToken
        self.cvv = cvv
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
