import Foundation

/// The merchant's order (`order`): what is bought, by whom, for how much.
public struct Order: Codable, Hashable, Sendable {
    public var referenceOrderId: String?
    public var orderDescription: String?
    public var orderAmount: Amount?
    public var merchant: Merchant?
    public var goods: [Goods]?
    public var shipping: Shipping?
    public var buyer: Buyer?
    public var env: Env?
    public var extendInfo: String?

    public init(
        referenceOrderId: String? = nil,
        orderDescription: String? = nil,
        orderAmount: Amount? = nil,
        merchant: Merchant? = nil,
        goods: [Goods]? = nil,
        shipping: Shipping? = nil,
        buyer: Buyer? = nil,
        env: Env? = nil,
        extendInfo: String? = nil
    ) {
        self.referenceOrderId = referenceOrderId
        self.orderDescription = orderDescription
        self.orderAmount = orderAmount
        self.merchant = merchant
        self.goods = goods
        self.shipping = shipping
        self.buyer = buyer
        self.env = env
        self.extendInfo = extendInfo
    }
}
