import Foundation

/// The outcome of 3D Secure authentication (`paymentResultInfo.threeDSResult`).
public struct ThreeDSResult: Codable, Hashable, Sendable {
    public var threeDSVersion: String?
    public var eci: String?
    public var cavv: String?
    public var dsTransactionId: String?
    public var threeDSType: String?
    public var threeDSOffered: Bool?
    public var challenged: Bool?

    public init(
        threeDSVersion: String? = nil,
        eci: String? = nil,
        cavv: String? = nil,
        dsTransactionId: String? = nil,
        threeDSType: String? = nil,
        threeDSOffered: Bool? = nil,
        challenged: Bool? = nil
    ) {
        self.threeDSVersion = threeDSVersion
        self.eci = eci
        self.cavv = cavv
        self.dsTransactionId = dsTransactionId
        self.threeDSType = threeDSType
        self.threeDSOffered = threeDSOffered
        self.challenged = challenged
    }

    private enum CodingKeys: String, CodingKey {
        case threeDSVersion, eci, cavv, dsTransactionId, threeDSType, threeDSOffered, challenged
    }

    // Antom documents every scalar as a string ("true", "20") while its SDKs send JSON booleans and
    // numbers, so both spellings are accepted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        threeDSVersion = try container.decodeIfPresent(String.self, forKey: .threeDSVersion)
        eci = try container.decodeIfPresent(String.self, forKey: .eci)
        cavv = try container.decodeIfPresent(String.self, forKey: .cavv)
        dsTransactionId = try container.decodeIfPresent(String.self, forKey: .dsTransactionId)
        threeDSType = try container.decodeIfPresent(String.self, forKey: .threeDSType)
        threeDSOffered = try container.decodeFlexibleIfPresent(Bool.self, forKey: .threeDSOffered)
        challenged = try container.decodeFlexibleIfPresent(Bool.self, forKey: .challenged)
    }
}
