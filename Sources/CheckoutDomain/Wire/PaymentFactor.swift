import Foundation

/// How the payment is processed (`paymentFactor`).
public struct PaymentFactor: Codable, Hashable, Sendable {
    public var isPaymentEvaluation: Bool?
    public var inStorePaymentScenario: String?
    public var presentmentMode: String?
    /// `AUTOMATIC` (the default) or `MANUAL`.
    public var captureMode: String?
    /// Authorise only; funds are captured afterwards (cards).
    public var isAuthorization: Bool?

    public init(
        isPaymentEvaluation: Bool? = nil,
        inStorePaymentScenario: String? = nil,
        presentmentMode: String? = nil,
        captureMode: String? = nil,
        isAuthorization: Bool? = nil
    ) {
        self.isPaymentEvaluation = isPaymentEvaluation
        self.inStorePaymentScenario = inStorePaymentScenario
        self.presentmentMode = presentmentMode
        self.captureMode = captureMode
        self.isAuthorization = isAuthorization
    }

    /// `captureMode` as Antom names it; nil when absent or not one of its two values (the validators refuse those).
    public var requestedCaptureMode: CaptureMode? { captureMode.flatMap(CaptureMode.init(rawValue:)) }

    private enum CodingKeys: String, CodingKey {
        case isPaymentEvaluation, inStorePaymentScenario, presentmentMode, captureMode, isAuthorization
    }

    // Antom documents every scalar as a string ("true", "20") while its SDKs send JSON booleans and
    // numbers, so both spellings are accepted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        isPaymentEvaluation = try container.decodeFlexibleIfPresent(Bool.self, forKey: .isPaymentEvaluation)
        inStorePaymentScenario = try container.decodeIfPresent(String.self, forKey: .inStorePaymentScenario)
        presentmentMode = try container.decodeIfPresent(String.self, forKey: .presentmentMode)
        captureMode = try container.decodeIfPresent(String.self, forKey: .captureMode)
        isAuthorization = try container.decodeFlexibleIfPresent(Bool.self, forKey: .isAuthorization)
    }
}
