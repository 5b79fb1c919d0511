import CheckoutDomain

/// Notification delivery in process: the mock APO posts what is due to the in-process merchant endpoint.
public struct MockNotificationFeed: MerchantNotificationFeed {
    private let apo: MockAPO
    private let receiver: MerchantWebhookReceiver

    public init(apo: MockAPO, receiver: MerchantWebhookReceiver) {
        self.apo = apo
        self.receiver = receiver
    }

    public func deliverDue() async -> [DeliveredNotification] {
        let attempts = await apo.deliverDueNotifications()
        let received = receiver.notifications
        return attempts.map { attempt in
            let accepted = received.last {
                $0.notification.id == attempt.notificationId && $0.notification.attempt == attempt.attempt
            }
            guard let accepted, accepted.notifyType == "CAPTURE_RESULT" else { return DeliveredNotification(attempt: attempt) }
            // A body the merchant accepted but cannot read as notifyCapture is reported without it.
            let capture = try? WireCoding.decode(NotifyCaptureRequest.self, from: accepted.notification.body)
            return DeliveredNotification(attempt: attempt, capture: capture)
        }
    }
}
