/// A claimed notification attempt with what the merchant answered, waiting to be recorded (`MockAPO.recordDeliveries`).
public struct DeliveryAnswer: Sendable {
    public var notification: OutboundNotification
    public var outcome: DeliveryOutcome

    public init(notification: OutboundNotification, outcome: DeliveryOutcome) {
        self.notification = notification
        self.outcome = outcome
    }
}
