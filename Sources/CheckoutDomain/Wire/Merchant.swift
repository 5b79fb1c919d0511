import Foundation

/// The secondary merchant or store behind the order (`order.merchant`).
public struct Merchant: Codable, Hashable, Sendable {
    public var referenceMerchantId: String?
    public var merchantMCC: String?
    public var merchantName: String?
    public var merchantDisplayName: String?
    public var merchantAddress: Address?
    public var merchantRegisterDate: String?

    public init(
        referenceMerchantId: String? = nil,
        merchantMCC: String? = nil,
        merchantName: String? = nil,
        merchantDisplayName: String? = nil,
        merchantAddress: Address? = nil,
        merchantRegisterDate: String? = nil
    ) {
        self.referenceMerchantId = referenceMerchantId
        self.merchantMCC = merchantMCC
        self.merchantName = merchantName
        self.merchantDisplayName = merchantDisplayName
        self.merchantAddress = merchantAddress
        self.merchantRegisterDate = merchantRegisterDate
    }
}
