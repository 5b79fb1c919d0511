import Foundation

/// Card details an SDK event may carry: masked number, brand and last four only.
public struct CardPaymentResultInfo: Codable, Hashable, Sendable {
    /// Always masked (`************0768`), whatever the source sent.
    public var cardNo: String?
    public var cardBrand: String?
    public var lastFour: String?
    /// Minted when the buyer agreed to save the card.
    public var cardToken: String?
    public var issuingCountry: String?
    public var funding: String?

    public init(
        cardNo: String? = nil, cardBrand: String? = nil, lastFour: String? = nil, cardToken: String? = nil,
        issuingCountry: String? = nil, funding: String? = nil
    ) {
        self.cardNo = cardNo.map(Self.masked)
        self.cardBrand = cardBrand
        self.lastFour = lastFour
        self.cardToken = cardToken
        self.issuingCountry = issuingCountry
        self.funding = funding
    }

    /// From what the APO answered, masked again in case the answer carried bare digits.
    public init(_ info: PaymentResultInfo) {
        self.init(
            cardNo: info.cardNo, cardBrand: info.cardBrand, lastFour: info.lastFour ?? info.cardNo.map(Self.lastFour),
            cardToken: info.cardToken, issuingCountry: info.issuingCountry, funding: info.funding)
    }

    /// From the card the buyer typed: the page knows only its brand and masked form.
    public init(typed number: CardNumber) {
        self.init(cardNo: number.masked, cardBrand: number.brand?.rawValue, lastFour: number.lastFour)
    }

    /// From a saved card chosen on the page.
    public init(saved card: SavedCard) {
        self.init(cardNo: card.maskedCardNo, cardBrand: card.brand, lastFour: card.lastFour, cardToken: card.cardToken)
    }

    /// Digits other than the last four become `*`; text already masked stays as it is.
    static func masked(_ text: String) -> String {
        let digits = text.filter(\.isASCIIDigit)
        guard digits.count > 4 else { return text }
        return CardNumber(digits).masked
    }

    private static func lastFour(_ text: String) -> String {
        String(text.filter(\.isASCIIDigit).suffix(4))
    }
}
