import Foundation

/// Card details of a payment as notifications and inquiries return them; the card number is always masked.
public struct PaymentResultInfo: Codable, Hashable, Sendable {
    /// Masked, such as `************0768`.
    public var cardNo: String?
    public var cardBrand: String?
    /// Minted when the buyer agreed to save the card.
    public var cardToken: String?
    public var issuingCountry: String?
    public var funding: String?
    public var paymentMethodRegion: String?
    public var threeDSResult: ThreeDSResult?
    public var avsResultRaw: String?
    public var cvvResultRaw: String?
    public var networkTransactionId: String?
    public var cardholderName: String?
    public var cardBin: String?
    public var lastFour: String?
    public var expiryMonth: String?
    public var expiryYear: String?
    public var cardCategory: String?
    public var issuerName: String?
    public var refusalCodeRaw: String?
    public var refusalReasonRaw: String?

    public init(
        cardNo: String? = nil,
        cardBrand: String? = nil,
        cardToken: String? = nil,
        issuingCountry: String? = nil,
        funding: String? = nil,
        paymentMethodRegion: String? = nil,
        threeDSResult: ThreeDSResult? = nil,
        avsResultRaw: String? = nil,
        cvvResultRaw: String? = nil,
        networkTransactionId: String? = nil,
        cardholderName: String? = nil,
        cardBin: String? = nil,
        lastFour: String? = nil,
        expiryMonth: String? = nil,
        expiryYear: String? = nil,
        cardCategory: String? = nil,
        issuerName: String? = nil,
        refusalCodeRaw: String? = nil,
        refusalReasonRaw: String? = nil
    ) {
        self.cardNo = cardNo
        self.cardBrand = cardBrand
        self.cardToken = cardToken
        self.issuingCountry = issuingCountry
        self.funding = funding
        self.paymentMethodRegion = paymentMethodRegion
        self.threeDSResult = threeDSResult
        self.avsResultRaw = avsResultRaw
        self.cvvResultRaw = cvvResultRaw
        self.networkTransactionId = networkTransactionId
        self.cardholderName = cardholderName
        self.cardBin = cardBin
        self.lastFour = lastFour
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
        self.cardCategory = cardCategory
        self.issuerName = issuerName
        self.refusalCodeRaw = refusalCodeRaw
        self.refusalReasonRaw = refusalReasonRaw
    }
}
