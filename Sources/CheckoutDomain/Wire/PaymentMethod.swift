import Foundation

/// A payment method as the APIs carry it; for a saved card `paymentMethodId` is the card token.
public struct PaymentMethod: Codable, Hashable, Sendable {
    public var paymentMethodType: PaymentMethodType?
    public var paymentMethodId: String?
    /// Method-specific data (card details for the pay API, `payerEmail`, `cpf`…).
    public var paymentMethodMetaData: [String: JSONValue]?
    public var customerId: String?
    public var funding: String?
    public var requireIssuerAuthentication: Bool?
    public var extendInfo: String?

    public init(
        paymentMethodType: PaymentMethodType? = nil,
        paymentMethodId: String? = nil,
        paymentMethodMetaData: [String: JSONValue]? = nil,
        customerId: String? = nil,
        funding: String? = nil,
        requireIssuerAuthentication: Bool? = nil,
        extendInfo: String? = nil
    ) {
        self.paymentMethodType = paymentMethodType
        self.paymentMethodId = paymentMethodId
        self.paymentMethodMetaData = paymentMethodMetaData
        self.customerId = customerId
        self.funding = funding
        self.requireIssuerAuthentication = requireIssuerAuthentication
        self.extendInfo = extendInfo
    }

    private enum CodingKeys: String, CodingKey {
        case paymentMethodType, paymentMethodId, paymentMethodMetaData, customerId, funding, requireIssuerAuthentication, extendInfo
    }

    // Antom documents every scalar as a string ("true", "20") while its SDKs send JSON booleans and
    // numbers, so both spellings are accepted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        paymentMethodType = try container.decodeIfPresent(PaymentMethodType.self, forKey: .paymentMethodType)
        paymentMethodId = try container.decodeIfPresent(String.self, forKey: .paymentMethodId)
        paymentMethodMetaData = try container.decodeIfPresent([String: JSONValue].self, forKey: .paymentMethodMetaData)
        customerId = try container.decodeIfPresent(String.self, forKey: .customerId)
        funding = try container.decodeIfPresent(String.self, forKey: .funding)
        requireIssuerAuthentication = try container.decodeFlexibleIfPresent(Bool.self, forKey: .requireIssuerAuthentication)
        extendInfo = try container.decodeIfPresent(String.self, forKey: .extendInfo)
    }
}
