import Foundation

/// One line of the order (`order.goods[]`).
public struct Goods: Codable, Hashable, Sendable {
    public var referenceGoodsId: String?
    public var goodsName: String?
    public var goodsCategory: String?
    public var goodsBrand: String?
    public var goodsUnitAmount: Amount?
    /// Quantity as a string, at least 1.
    public var goodsQuantity: String?
    public var goodsSkuName: String?
    public var goodsUrl: String?
    /// `PHYSICAL` or `DIGITAL`.
    public var deliveryMethodType: String?
    public var goodsImageUrl: String?

    public init(
        referenceGoodsId: String? = nil,
        goodsName: String? = nil,
        goodsCategory: String? = nil,
        goodsBrand: String? = nil,
        goodsUnitAmount: Amount? = nil,
        goodsQuantity: String? = nil,
        goodsSkuName: String? = nil,
        goodsUrl: String? = nil,
        deliveryMethodType: String? = nil,
        goodsImageUrl: String? = nil
    ) {
        self.referenceGoodsId = referenceGoodsId
        self.goodsName = goodsName
        self.goodsCategory = goodsCategory
        self.goodsBrand = goodsBrand
        self.goodsUnitAmount = goodsUnitAmount
        self.goodsQuantity = goodsQuantity
        self.goodsSkuName = goodsSkuName
        self.goodsUrl = goodsUrl
        self.deliveryMethodType = deliveryMethodType
        self.goodsImageUrl = goodsImageUrl
    }
}
