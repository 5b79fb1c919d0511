import Foundation

/// The buyer's account at the wallet that paid (`pspCustomerInfo`).
public struct PspCustomerInfo: Codable, Hashable, Sendable {
    public var pspName: String?
    public var pspCustomerId: String?

    public init(pspName: String? = nil, pspCustomerId: String? = nil) {
        self.pspName = pspName
        self.pspCustomerId = pspCustomerId
    }
}
