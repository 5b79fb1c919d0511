import Foundation

/// Where the goods go (`order.shipping`).
public struct Shipping: Codable, Hashable, Sendable {
    public var shippingName: UserName?
    public var shippingAddress: Address?
    public var shippingCarrier: String?
    public var shippingPhoneNo: String?
    public var shipToEmail: String?
    public var shippingFee: Amount?
    public var shippingDescription: String?

    public init(
        shippingName: UserName? = nil,
        shippingAddress: Address? = nil,
        shippingCarrier: String? = nil,
        shippingPhoneNo: String? = nil,
        shipToEmail: String? = nil,
        shippingFee: Amount? = nil,
        shippingDescription: String? = nil
    ) {
        self.shippingName = shippingName
        self.shippingAddress = shippingAddress
        self.shippingCarrier = shippingCarrier
        self.shippingPhoneNo = shippingPhoneNo
        self.shipToEmail = shipToEmail
        self.shippingFee = shippingFee
        self.shippingDescription = shippingDescription
    }
}
