import Foundation

/// A postal address (`Address`).
public struct Address: Codable, Hashable, Sendable {
    /// Two-letter ISO 3166 country or region code.
    public var region: String?
    public var state: String?
    public var city: String?
    public var address1: String?
    public var address2: String?
    public var address3: String?
    public var zipCode: String?
    public var label: String?

    public init(
        region: String? = nil,
        state: String? = nil,
        city: String? = nil,
        address1: String? = nil,
        address2: String? = nil,
        address3: String? = nil,
        zipCode: String? = nil,
        label: String? = nil
    ) {
        self.region = region
        self.state = state
        self.city = city
        self.address1 = address1
        self.address2 = address2
        self.address3 = address3
        self.zipCode = zipCode
        self.label = label
    }
}
