import Foundation

/// What a merchant's handler reads of any notification body (the in-process merchant's and `serve`'s webhook
/// receiver's): the fields every type shares.
public struct NotificationProbe: Decodable, Hashable, Sendable {
    public var notifyType: NotifyType
    public var result: APOResult
    public var paymentId: String?
    public var paymentRequestId: String?
    public var paymentMethodType: PaymentMethodType?
}
