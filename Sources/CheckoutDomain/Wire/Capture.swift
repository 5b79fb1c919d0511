import Foundation

/// The body of `capture`: take authorised funds.
public struct CaptureRequest: Codable, Hashable, Sendable {
    public var captureRequestId: String?
    public var paymentId: String?
    public var captureAmount: Amount?
    public var isLastCapture: Bool?

    public init(
        captureRequestId: String? = nil,
        paymentId: String? = nil,
        captureAmount: Amount? = nil,
        isLastCapture: Bool? = nil
    ) {
        self.captureRequestId = captureRequestId
        self.paymentId = paymentId
        self.captureAmount = captureAmount
        self.isLastCapture = isLastCapture
    }

    private enum CodingKeys: String, CodingKey {
        case captureRequestId, paymentId, captureAmount, isLastCapture
    }

    // Antom documents every scalar as a string ("true", "20") while its SDKs send JSON booleans and
    // numbers, so both spellings are accepted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        captureRequestId = try container.decodeIfPresent(String.self, forKey: .captureRequestId)
        paymentId = try container.decodeIfPresent(String.self, forKey: .paymentId)
        captureAmount = try container.decodeIfPresent(Amount.self, forKey: .captureAmount)
        isLastCapture = try container.decodeFlexibleIfPresent(Bool.self, forKey: .isLastCapture)
    }
}

/// What `capture` answers.
public struct CaptureResponse: Codable, Hashable, Sendable {
    public var result: APOResult
    public var captureRequestId: String?
    public var captureId: String?
    public var paymentId: String?
    public var captureAmount: Amount?
    public var captureTime: String?
    public var acquirerReferenceNo: String?

    public init(
        result: APOResult,
        captureRequestId: String? = nil,
        captureId: String? = nil,
        paymentId: String? = nil,
        captureAmount: Amount? = nil,
        captureTime: String? = nil,
        acquirerReferenceNo: String? = nil
    ) {
        self.result = result
        self.captureRequestId = captureRequestId
        self.captureId = captureId
        self.paymentId = paymentId
        self.captureAmount = captureAmount
        self.captureTime = captureTime
        self.acquirerReferenceNo = acquirerReferenceNo
    }
}
