import CheckoutDomain
import Foundation

/// How the receiver answered one POST.
public enum WebhookVerdict: Hashable, Sendable {
    /// Signature valid, body an Antom notification: answered with the exact acknowledgement.
    case acknowledged
    /// Signature valid, answered on purpose as the receiver's `NotificationAnswer` says (`http500`, `timeout`,
    /// `signatureRejected`, `body`) instead of with the ack; `number` counts verified notifications, 1 for the first.
    case answeredOnPurpose(_ kind: String, number: Int)
    /// Not accepted: a bad or missing signature, an oversized body, or a body that is no Antom notification.
    case rejected(reason: String)
}

/// One POST the webhook receiver answered, kept for the timeline.
public struct WebhookDelivery: Hashable, Sendable {
    public var receivedAt: Date
    public var verdict: WebhookVerdict
    /// The HTTP status answered.
    public var httpStatus: Int
    /// `PAYMENT_RESULT`, `PAYMENT_PENDING` or `CAPTURE_RESULT`; nil when rejected (an unverified body is not read).
    public var notifyType: NotifyType?
    public var paymentId: String?
    public var paymentRequestId: String?
    public var paymentMethodType: PaymentMethodType?
    /// The payment's or capture's result as the notification reports it.
    public var result: APOResult?

    public init(
        receivedAt: Date, verdict: WebhookVerdict, httpStatus: Int, notifyType: NotifyType? = nil,
        paymentId: String? = nil, paymentRequestId: String? = nil, paymentMethodType: PaymentMethodType? = nil,
        result: APOResult? = nil
    ) {
        self.receivedAt = receivedAt
        self.verdict = verdict
        self.httpStatus = httpStatus
        self.notifyType = notifyType
        self.paymentId = paymentId
        self.paymentRequestId = paymentRequestId
        self.paymentMethodType = paymentMethodType
        self.result = result
    }
}
