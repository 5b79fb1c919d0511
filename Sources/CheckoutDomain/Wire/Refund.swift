import Foundation

/// The body of `refund`.
public struct RefundRequest: Codable, Hashable, Sendable {
    public var refundRequestId: String?
    public var paymentId: String?
    public var referenceRefundId: String?
    public var refundAmount: Amount?
    public var refundReason: String?
    public var refundNotifyUrl: String?
    public var isAsyncRefund: Bool?

    public init(
        refundRequestId: String? = nil,
        paymentId: String? = nil,
        referenceRefundId: String? = nil,
        refundAmount: Amount? = nil,
        refundReason: String? = nil,
        refundNotifyUrl: String? = nil,
        isAsyncRefund: Bool? = nil
    ) {
        self.refundRequestId = refundRequestId
        self.paymentId = paymentId
        self.referenceRefundId = referenceRefundId
        self.refundAmount = refundAmount
        self.refundReason = refundReason
        self.refundNotifyUrl = refundNotifyUrl
        self.isAsyncRefund = isAsyncRefund
    }

    private enum CodingKeys: String, CodingKey {
        case refundRequestId, paymentId, referenceRefundId, refundAmount, refundReason, refundNotifyUrl, isAsyncRefund
    }

    // Antom documents every scalar as a string ("true", "20") while its SDKs send JSON booleans and
    // numbers, so both spellings are accepted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        refundRequestId = try container.decodeIfPresent(String.self, forKey: .refundRequestId)
        paymentId = try container.decodeIfPresent(String.self, forKey: .paymentId)
        referenceRefundId = try container.decodeIfPresent(String.self, forKey: .referenceRefundId)
        refundAmount = try container.decodeIfPresent(Amount.self, forKey: .refundAmount)
        refundReason = try container.decodeIfPresent(String.self, forKey: .refundReason)
        refundNotifyUrl = try container.decodeIfPresent(String.self, forKey: .refundNotifyUrl)
        isAsyncRefund = try container.decodeFlexibleIfPresent(Bool.self, forKey: .isAsyncRefund)
    }
}

/// What `refund` answers.
public struct RefundResponse: Codable, Hashable, Sendable {
    public var result: APOResult
    public var refundRequestId: String?
    public var refundId: String?
    public var paymentId: String?
    public var refundAmount: Amount?
    public var refundTime: String?

    public init(
        result: APOResult,
        refundRequestId: String? = nil,
        refundId: String? = nil,
        paymentId: String? = nil,
        refundAmount: Amount? = nil,
        refundTime: String? = nil
    ) {
        self.result = result
        self.refundRequestId = refundRequestId
        self.refundId = refundId
        self.paymentId = paymentId
        self.refundAmount = refundAmount
        self.refundTime = refundTime
    }
}

/// The body of `inquiryRefund`: one of the two ids (`refundId` wins).
public struct InquiryRefundRequest: Codable, Hashable, Sendable {
    public var refundRequestId: String?
    public var refundId: String?
    public var merchantAccountId: String?

    public init(refundRequestId: String? = nil, refundId: String? = nil, merchantAccountId: String? = nil) {
        self.refundRequestId = refundRequestId
        self.refundId = refundId
        self.merchantAccountId = merchantAccountId
    }
}

/// What `inquiryRefund` answers; `result` only says whether the inquiry itself worked, `refundStatus` is the refund's.
public struct InquiryRefundResponse: Codable, Hashable, Sendable {
    public var result: APOResult
    public var refundId: String?
    public var refundRequestId: String?
    public var refundAmount: Amount?
    /// `SUCCESS`, `FAIL` or `PROCESSING`.
    public var refundStatus: PaymentStatus?
    /// Only once the refund succeeded.
    public var refundTime: String?

    public init(
        result: APOResult, refundId: String? = nil, refundRequestId: String? = nil, refundAmount: Amount? = nil,
        refundStatus: PaymentStatus? = nil, refundTime: String? = nil
    ) {
        self.result = result
        self.refundId = refundId
        self.refundRequestId = refundRequestId
        self.refundAmount = refundAmount
        self.refundStatus = refundStatus
        self.refundTime = refundTime
    }
}
