import Foundation

/// The merchant's buyer (`order.buyer`); card payments need at least one identifier.
public struct Buyer: Codable, Hashable, Sendable {
    public var referenceBuyerId: String?
    public var buyerName: UserName?
    public var buyerPhoneNo: String?
    public var buyerEmail: String?
    public var buyerRegistrationTime: String?
    public var isAccountVerified: Bool?
    public var successfulOrderCount: String?

    public init(
        referenceBuyerId: String? = nil,
        buyerName: UserName? = nil,
        buyerPhoneNo: String? = nil,
        buyerEmail: String? = nil,
        buyerRegistrationTime: String? = nil,
        isAccountVerified: Bool? = nil,
        successfulOrderCount: String? = nil
    ) {
        self.referenceBuyerId = referenceBuyerId
        self.buyerName = buyerName
        self.buyerPhoneNo = buyerPhoneNo
        self.buyerEmail = buyerEmail
        self.buyerRegistrationTime = buyerRegistrationTime
        self.isAccountVerified = isAccountVerified
        self.successfulOrderCount = successfulOrderCount
    }

    private enum CodingKeys: String, CodingKey {
        case referenceBuyerId, buyerName, buyerPhoneNo, buyerEmail, buyerRegistrationTime, isAccountVerified, successfulOrderCount
    }

    // Antom documents every scalar as a string ("true", "20") while its SDKs send JSON booleans and
    // numbers, so both spellings are accepted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        referenceBuyerId = try container.decodeIfPresent(String.self, forKey: .referenceBuyerId)
        buyerName = try container.decodeIfPresent(UserName.self, forKey: .buyerName)
        buyerPhoneNo = try container.decodeIfPresent(String.self, forKey: .buyerPhoneNo)
        buyerEmail = try container.decodeIfPresent(String.self, forKey: .buyerEmail)
        buyerRegistrationTime = try container.decodeIfPresent(String.self, forKey: .buyerRegistrationTime)
        isAccountVerified = try container.decodeFlexibleIfPresent(Bool.self, forKey: .isAccountVerified)
        successfulOrderCount = try container.decodeIfPresent(String.self, forKey: .successfulOrderCount)
    }
}
