import Foundation

/// A sum of money as Antom sends it: an ISO 4217 currency and a positive integer string in minor units.
public struct Amount: Codable, Hashable, Sendable {
    /// ISO 4217 code, such as `SGD`.
    public var currency: String
    /// Positive integer in the currency's smallest unit, as a string (at most 16 digits).
    public var value: String

    public init(currency: String, value: String) {
        self.currency = currency
        self.value = value
    }
}
