import Foundation

/// `notifyType` of a notification Antom posts to the merchant.
public struct NotifyType: WireVocabulary {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// notifyPayment: the payment's final result.
    public static let paymentResult: Self = "PAYMENT_RESULT"
    /// notifyPayment: the buyer has paid, the final result is still to come.
    public static let paymentPending: Self = "PAYMENT_PENDING"
    /// notifyCapture: a capture ended.
    public static let captureResult: Self = "CAPTURE_RESULT"
    /// notifyRefund: an asynchronous refund ended.
    public static let refundResult: Self = "REFUND_RESULT"

    /// The types the simulator sends and its merchant endpoint accepts.
    public static let known: Set<Self> = [.paymentResult, .paymentPending, .captureResult, .refundResult]

    /// notifyCapture, notifyRefund or notifyPayment (the API names of the reference).
    public var apiName: String {
        switch self {
        case .captureResult: "notifyCapture"
        case .refundResult: "notifyRefund"
        default: "notifyPayment"
        }
    }
}
