import CheckoutDomain
import Foundation

/// `POST /sim/v1/loadSession`: the `paymentSessionData` the merchant mounted the page with.
public struct BuyerLoadSessionRequest: Codable, Hashable, Sendable {
    public var sessionData: String

    public init(sessionData: String) {
        self.sessionData = sessionData
    }
}

/// The answer to loadSession: `result` S with `session`, or the F result that rejected the data.
public struct BuyerSessionAnswer: Codable, Hashable, Sendable {
    public var result: APOResult
    public var session: BuyerSession?

    public init(_ load: SessionLoad) {
        switch load {
        case .ready(let page):
            result = .success
            session = BuyerSession(page)
        case .rejected(let rejection):
            result = rejection
            session = nil
        }
    }

    /// Back to the domain's value; an S result without a session is not an answer the server gives.
    public func sessionLoad() throws(WireDecodingError) -> SessionLoad {
        guard result.resultStatus == .success else { return .rejected(result) }
        guard let session else { throw WireDecodingError(field: "session", problem: "is required when result is S") }
        return .ready(try session.pageSession())
    }
}

/// `PageSession` on the wire, with `expiresAt` written as ISO 8601 (seconds) instead of a bare number.
public struct BuyerSession: Codable, Hashable, Sendable {
    public var paymentSessionId: String
    public var paymentSessionData: String
    public var request: CreatePaymentSessionRequest
    public var expiresAt: String
    public var savedCards: [SavedCard]

    public init(_ page: PageSession) {
        paymentSessionId = page.paymentSessionId
        paymentSessionData = page.paymentSessionData
        request = page.request
        expiresAt = ISOTimestamp.format(page.expiresAt)
        savedCards = page.savedCards
    }

    public func pageSession() throws(WireDecodingError) -> PageSession {
        guard let date = ISOTimestamp.parse(expiresAt) else {
            throw WireDecodingError(field: "session.expiresAt", problem: "is not an ISO 8601 date-time")
        }
        return PageSession(
            paymentSessionId: paymentSessionId, paymentSessionData: paymentSessionData, request: request,
            expiresAt: date, savedCards: savedCards)
    }
}

/// `POST /sim/v1/enterCard`: what the buyer typed on the hosted card page (seed 002) of a `pay` payment: a new card
/// (with the "save this card" tick when the page offered it), or only the CVV of the saved card the merchant paid
/// with. It prints as its `HostedCardEntry` does: no card number, no CVV.
public struct BuyerEnterCardRequest: Codable, Hashable, Sendable, CustomStringConvertible,
    CustomDebugStringConvertible, CustomReflectable
{
    public var paymentId: String
    public var card: CardDetails?
    public var saveCard: Bool?
    /// The saved card's CVV; a new card carries its CVV in `card`.
    public var cvv: String?

    public init(paymentId: String, card: CardDetails? = nil, saveCard: Bool? = nil, cvv: String? = nil) {
        self.paymentId = paymentId
        self.card = card
        self.saveCard = saveCard
        self.cvv = cvv
    }

    public init(paymentId: String, _ entry: HostedCardEntry) {
        switch entry {
        case .newCard(let card, let saveCard): self.init(paymentId: paymentId, card: card, saveCard: saveCard)
        case .savedCardCVV(let cvv): self.init(paymentId: paymentId, cvv: cvv)
        }
    }

    /// A new card when `card` is given, else the saved card's CVV; neither is PARAM_ILLEGAL naming both.
    public func entry() throws(WireDecodingError) -> HostedCardEntry {
        if let card { return .newCard(card, saveCard: saveCard ?? false) }
        guard let cvv else { throw WireDecodingError(field: "card", problem: "is required (or cvv, for a saved card)") }
        return .savedCardCVV(cvv)
    }

    public var description: String {
        "BuyerEnterCardRequest(\(paymentId), \((try? entry()).map(String.init(describing:)) ?? "nothing typed"))"
    }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["request": description]) }
}

/// `POST /sim/v1/completeChallenge`: how the buyer left the 3DS page.
public struct BuyerChallengeRequest: Codable, Hashable, Sendable {
    public var paymentId: String
    public var outcome: ChallengeOutcome

    public init(paymentId: String, outcome: ChallengeOutcome) {
        self.paymentId = paymentId
        self.outcome = outcome
    }
}

/// `POST /sim/v1/completeRedirect`: what the buyer did on the wallet's page, QR code or voucher.
public struct BuyerRedirectRequest: Codable, Hashable, Sendable {
    public var paymentId: String
    public var action: WalletAction

    public init(paymentId: String, action: WalletAction) {
        self.paymentId = paymentId
        self.action = action
    }
}
