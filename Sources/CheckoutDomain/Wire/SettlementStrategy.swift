import Foundation

/// Which currency the merchant is settled in (`settlementStrategy`).
public struct SettlementStrategy: Codable, Hashable, Sendable {
    public var settlementCurrency: String?

    public init(settlementCurrency: String? = nil) {
        self.settlementCurrency = settlementCurrency
    }
}
