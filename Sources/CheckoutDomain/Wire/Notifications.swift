import Foundation

/// The body Antom posts to `paymentNotifyUrl` (`notifyType` PAYMENT_RESULT or PAYMENT_PENDING).
public struct NotifyPaymentRequest: Codable, Hashable, Sendable {
    public var notifyType: NotifyType
    public var result: APOResult
    public var paymentRequestId: String?
    public var paymentId: String?
    public var paymentAmount: Amount?
    public var paymentCreateTime: String?
    public var paymentTime: String?
    public var paymentMethodType: PaymentMethodType?
    public var paymentResultInfo: PaymentResultInfo?
    /// The card summary seed 003's card notification carries beside `paymentResultInfo`.
    public var cardInfo: CardInfo?
    public var pspCustomerInfo: PspCustomerInfo?
    public var acquirerInfo: AcquirerInfo?

    public init(
        notifyType: NotifyType,
        result: APOResult,
        paymentRequestId: String? = nil,
        paymentId: String? = nil,
        paymentAmount: Amount? = nil,
        paymentCreateTime: String? = nil,
        paymentTime: String? = nil,
        paymentMethodType: PaymentMethodType? = nil,
        paymentResultInfo: PaymentResultInfo? = nil,
        cardInfo: CardInfo? = nil,
        pspCustomerInfo: PspCustomerInfo? = nil,
        acquirerInfo: AcquirerInfo? = nil
    ) {
        self.notifyType = notifyType
        self.result = result
        self.paymentRequestId = paymentRequestId
        self.paymentId = paymentId
        self.paymentAmount = paymentAmount
        self.paymentCreateTime = paymentCreateTime
        self.paymentTime = paymentTime
        self.paymentMethodType = paymentMethodType
        self.paymentResultInfo = paymentResultInfo
        self.cardInfo = cardInfo
        self.pspCustomerInfo = pspCustomerInfo
        self.acquirerInfo = acquirerInfo
    }
}

/// The body Antom posts when a capture ends (`notifyType` CAPTURE_RESULT).
public struct NotifyCaptureRequest: Codable, Hashable, Sendable {
    public var notifyType: NotifyType
    public var result: APOResult
    public var captureRequestId: String?
    public var paymentId: String?
    public var captureId: String?
    public var captureAmount: Amount?
    public var captureTime: String?
    public var acquirerReferenceNo: String?

    public init(
        notifyType: NotifyType,
        result: APOResult,
        captureRequestId: String? = nil,
        paymentId: String? = nil,
        captureId: String? = nil,
        captureAmount: Amount? = nil,
        captureTime: String? = nil,
        acquirerReferenceNo: String? = nil
    ) {
        self.notifyType = notifyType
        self.result = result
        self.captureRequestId = captureRequestId
        self.paymentId = paymentId
        self.captureId = captureId
        self.captureAmount = captureAmount
        self.captureTime = captureTime
        self.acquirerReferenceNo = acquirerReferenceNo
    }
}

/// The body Antom posts to `refundNotifyUrl` when a refund reaches SUCCESS or FAIL (`notifyType` REFUND_RESULT,
/// notifyRefund).
public struct NotifyRefundRequest: Codable, Hashable, Sendable {
    public var notifyType: NotifyType
    public var result: APOResult
    /// `SUCCESS` or `FAIL`.
    public var refundStatus: PaymentStatus?
    public var refundRequestId: String?
    public var refundId: String?
    public var refundAmount: Amount?
    /// Only when the refund succeeded.
    public var refundTime: String?

    public init(
        notifyType: NotifyType, result: APOResult, refundStatus: PaymentStatus? = nil, refundRequestId: String? = nil,
        refundId: String? = nil, refundAmount: Amount? = nil, refundTime: String? = nil
    ) {
        self.notifyType = notifyType
        self.result = result
        self.refundStatus = refundStatus
        self.refundRequestId = refundRequestId
        self.refundId = refundId
        self.refundAmount = refundAmount
        self.refundTime = refundTime
    }
}
