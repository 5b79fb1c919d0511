import CheckoutDomain

/// The fact behind a timeline entry that explain mode can look up in the knowledge base.
public enum TimelineTopic: Equatable, Sendable {
    /// An `onEventCallback` event, with the result it carried.
    case event(SDKEvent)
    /// An API or Checkout Page call by name, with Antom's answer (nil when there was none).
    case call(api: String, result: APOResult?)
    /// A notification by `notifyType`, with its body's `result` when known and the delivery attempt the entry
    /// shows (what the merchant answered, and why it was or was not the ack).
    case notification(notifyType: NotifyType, result: APOResult?, delivery: NotificationAttempt? = nil)
    /// A result code the APO reached by itself (a payment closed at its timeout).
    case resultCode(ResultCode)
}
