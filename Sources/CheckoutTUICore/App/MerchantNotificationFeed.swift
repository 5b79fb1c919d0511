import CheckoutDomain

/// The merchant's webhook endpoint as the app sees it: it makes the deliveries that are due and reports them.
///
/// The in-process simulation uses `MockNotificationFeed`; a run against a remote APO would report what its
/// webhook server received instead.
public protocol MerchantNotificationFeed: Sendable {
    nonisolated(nonsending) func deliverDue() async -> [DeliveredNotification]
}

/// One notification attempt and, for a notifyCapture the merchant accepted, its decoded body.
public struct DeliveredNotification: Hashable, Sendable {
    public var attempt: NotificationAttempt
    /// Set for a CAPTURE_RESULT the merchant received, so the result page can decide on shipping.
    public var capture: NotifyCaptureRequest?
    /// The body's `result`, when the merchant received and could read it (explain mode uses it).
    public var result: APOResult?

    public init(attempt: NotificationAttempt, capture: NotifyCaptureRequest? = nil, result: APOResult? = nil) {
        self.attempt = attempt
        self.capture = capture
        self.result = result
    }
}
