import Foundation

/// The body Antom posts to `paymentNotifyUrl` (`notifyType` PAYMENT_RESULT or PAYMENT_PENDING).
public struct NotifyPaymentRequest: Codable, Hashable, Sendable {
    public var notifyType: String
    public var result: APOResult
    public var paymentRequestId: String?
    public var paymentId: String?
    public var paymentAmount: Amount?
    public var actualPaymentAmount: Amount?
    public var paymentCreateTime: String?
    public var paymentTime: String?
    public var paymentMethodType: String?
    public var paymentResultInfo: PaymentResultInfo?
    public var pspCustomerInfo: PspCustomerInfo?

    public init(
        notifyType: String,
        result: APOResult,
        paymentRequestId: String? = nil,
        paymentId: String? = nil,
        paymentAmount: Amount? = nil,
        actualPaymentAmount: Amount? = nil,
        paymentCreateTime: String? = nil,
        paymentTime: String? = nil,
        paymentMethodType: String? = nil,
        paymentResultInfo: PaymentResultInfo? = nil,
        pspCustomerInfo: PspCustomerInfo? = nil
    ) {
        self.notifyType = notifyType
        self.result = result
        self.paymentRequestId = paymentRequestId
        self.paymentId = paymentId
        self.paymentAmount = paymentAmount
        self.actualPaymentAmount = actualPaymentAmount
        self.paymentCreateTime = paymentCreateTime
        self.paymentTime = paymentTime
        self.paymentMethodType = paymentMethodType
        self.paymentResultInfo = paymentResultInfo
        self.pspCustomerInfo = pspCustomerInfo
    }
}

/// The body Antom posts when a capture ends (`notifyType` CAPTURE_RESULT).
public struct NotifyCaptureRequest: Codable, Hashable, Sendable {
    public var notifyType: String
    public var result: APOResult
    public var captureRequestId: String?
    public var paymentId: String?
    public var captureId: String?
    public var captureAmount: Amount?
    public var captureTime: String?
    public var acquirerReferenceNo: String?

    public init(
        notifyType: String,
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
