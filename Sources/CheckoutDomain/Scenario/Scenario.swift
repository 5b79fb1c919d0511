import Foundation

/// A ready-made checkout: the merchant's createPaymentSession body exactly as it would go to Antom,
/// plus what the simulation needs around it (the buyer's saved cards, how the page is shown).
///
/// The schema is documented in docs/scenarios.md.
public struct Scenario: Codable, Hashable, Sendable {
    public var title: String
    public var description: String
    /// The request body, byte-for-byte what a merchant would send to `createPaymentSession`.
    public var createPaymentSession: CreatePaymentSessionRequest
    /// Cards the buyer saved earlier, so `savedPaymentMethods` tokens resolve.
    public var vault: [VaultCard]?
    /// The merchant's shop name on the order page (defaults to `order.merchant.merchantName` or "Demo Shop").
    public var merchantName: String?
    /// `embedded` (default), `hosted`, or `hosted-card` (seed 002: `pay` and APO's card page, no session).
    public var mode: PageMode?
    /// Outcomes forced on the next payments, oldest first, so a scenario can demo a decline with any card.
    public var outcomes: [ForcedOutcome]?
    /// How the merchant behaves: after a success, towards notifications, its Dashboard notify address.
    public var merchant: MerchantBehaviour?
    /// Simulated seconds each API takes to answer (`latency`); nil: none in `play`, a short default in the TUI.
    public var latency: SimulatedLatency?

    public init(
        title: String, description: String, createPaymentSession: CreatePaymentSessionRequest,
        vault: [VaultCard]? = nil, merchantName: String? = nil, mode: PageMode? = nil, outcomes: [ForcedOutcome]? = nil,
        merchant: MerchantBehaviour? = nil, latency: SimulatedLatency? = nil
    ) {
        self.title = title
        self.description = description
        self.createPaymentSession = createPaymentSession
        self.vault = vault
        self.merchantName = merchantName
        self.mode = mode
        self.outcomes = outcomes
        self.merchant = merchant
        self.latency = latency
    }

    /// The merchant's behaviour, the defaults where the scenario says nothing.
    public var merchantBehaviour: MerchantBehaviour { merchant ?? .standard }

    /// The name shown as the shop on the merchant page.
    public var shopName: String {
        merchantName ?? createPaymentSession.order?.merchant?.merchantName ?? "Demo Shop"
    }
}

/// How the Checkout Page is shown: inside the merchant page, or full-screen at normalUrl; or no Checkout Page at
/// all, seed 002's hosted card mode (`pay` with only CARD, the card typed on APO's card page at normalUrl).
public enum PageMode: String, Codable, Hashable, Sendable, CaseIterable {
    case embedded
    case hosted
    case hostedCard = "hosted-card"
}

/// A card the buyer saved before this scenario starts.
///
/// `cardNo` must be one of Antom's sandbox test cards; it is used once to build the vault entry and is
/// never stored or shown.
public struct VaultCard: Codable, Hashable, Sendable {
    public var cardToken: String
    public var cardNo: String
    public var expiryMonth: String
    public var expiryYear: String
    public var cardholderName: String?

    public init(cardToken: String, cardNo: String, expiryMonth: String, expiryYear: String, cardholderName: String? = nil) {
        self.cardToken = cardToken
        self.cardNo = cardNo
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
        self.cardholderName = cardholderName
    }
}
