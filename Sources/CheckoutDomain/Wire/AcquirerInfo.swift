import Foundation

/// Who acquired the payment and under which ids (`acquirerInfo`): seeds 000-002 recommend saving it ("Order number
/// management").
public struct AcquirerInfo: Codable, Hashable, Sendable {
    /// `ALIPAY` when Antom itself acquires, as the seeds' samples show for Antom-acquired payments.
    public var acquirerName: String?
    public var acquirerMerchantId: String?
    public var acquirerTransactionId: String?
    /// The request id the acquirer knows the payment by.
    public var referenceRequestId: String?
    public var acquirerResultCode: String?
    public var acquirerResultMessage: String?

    public init(
        acquirerName: String? = nil, acquirerMerchantId: String? = nil, acquirerTransactionId: String? = nil,
        referenceRequestId: String? = nil, acquirerResultCode: String? = nil, acquirerResultMessage: String? = nil
    ) {
        self.acquirerName = acquirerName
        self.acquirerMerchantId = acquirerMerchantId
        self.acquirerTransactionId = acquirerTransactionId
        self.referenceRequestId = referenceRequestId
        self.acquirerResultCode = acquirerResultCode
        self.acquirerResultMessage = acquirerResultMessage
    }
}

/// The card summary `cardInfo` (seed 003's card notification; the SDK's `CardInfo`): masked number, brand, token,
/// issuing country, funding, region and 3DS result.
public struct CardInfo: Codable, Hashable, Sendable {
    public var cardNo: String?
    public var cardBrand: String?
    public var cardToken: String?
    public var issuingCountry: String?
    public var funding: String?
    public var paymentMethodRegion: String?
    public var threeDSResult: ThreeDSResult?

    public init(
        cardNo: String? = nil, cardBrand: String? = nil, cardToken: String? = nil, issuingCountry: String? = nil,
        funding: String? = nil, paymentMethodRegion: String? = nil, threeDSResult: ThreeDSResult? = nil
    ) {
        self.cardNo = cardNo
        self.cardBrand = cardBrand
        self.cardToken = cardToken
        self.issuingCountry = issuingCountry
        self.funding = funding
        self.paymentMethodRegion = paymentMethodRegion
        self.threeDSResult = threeDSResult
    }

    /// The summary of a card's full result info.
    public init(_ info: PaymentResultInfo) {
        self.init(
            cardNo: info.cardNo, cardBrand: info.cardBrand, cardToken: info.cardToken,
            issuingCountry: info.issuingCountry, funding: info.funding, paymentMethodRegion: info.paymentMethodRegion,
            threeDSResult: info.threeDSResult)
    }
}
