import CheckoutDomain

/// A sink that can post an attempt with headers already signed for it: `serve` signs each attempt once, to list it
/// (`GET /sim/v1/notifications`) and to post it, so the listed signature is the posted one and RSA is paid once.
public protocol PresignedNotificationSink: NotificationSink {
    func deliver(_ notification: OutboundNotification, signedAs signed: SignedNotification) async -> DeliveryOutcome
}
