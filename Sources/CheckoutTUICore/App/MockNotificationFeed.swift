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
            // The receiver read the body's `result` as it took it in; only a capture is read again, whole (here rather
            // than in the receiver, whose other users never look at it).
            guard accepted.notifyType == .captureResult else {
                return DeliveredNotification(attempt: attempt, result: accepted.result)
            }
            let capture = try? WireCoding.decode(NotifyCaptureRequest.self, from: accepted.notification.body)
            return DeliveredNotification(attempt: attempt, capture: capture, result: accepted.result)
        }
    }
}
