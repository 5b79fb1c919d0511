import CheckoutDomain

/// Notification delivery in process: the mock APO posts what is due to the in-process merchant endpoint.
public struct MockNotificationFeed: MerchantNotificationFeed {
    private let apo: MockAPO
    private let receiver: MerchantWebhookReceiver

    public init(apo: MockAPO, receiver: MerchantWebhookReceiver) {
        self.apo = apo
        self.receiver = receiver
    }

    public nonisolated(nonsending) func deliverDue() async -> [DeliveredNotification] {
        let attempts = await apo.deliverDueNotifications()
        let received = receiver.notifications
        return attempts.map { attempt in
            let accepted = received.last {
                $0.notification.id == attempt.notificationId && $0.notification.attempt == attempt.attempt
            }
            guard let accepted else { return DeliveredNotification(attempt: attempt) }
            // A body the merchant accepted but cannot read is reported without what it says.
            let result = try? WireCoding.decode(NotificationResultOnly.self, from: accepted.notification.body).result
            guard accepted.notifyType == .captureResult else { return DeliveredNotification(attempt: attempt, result: result) }
            let capture = try? WireCoding.decode(NotifyCaptureRequest.self, from: accepted.notification.body)
            return DeliveredNotification(attempt: attempt, capture: capture, result: result)
        }
    }
}

/// The one field every notification body has, read for explain mode.
private struct NotificationResultOnly: Decodable {
    var result: APOResult?
}
