import CheckoutDomain
import Foundation
import Logging
import Synchronization

/// The notification sink `serve` uses until an HTTP webhook sender is wired in: it signs each attempt exactly as
/// it would be posted, lets an in-process merchant answer it, logs it and keeps the latest for
/// `GET /sim/v1/notifications`.
public final class CapturingNotificationSink: NotificationSink {
    private let key: SigningKey
    private let inner: any NotificationSink
    private let logger: Logger
    private let capacity: Int
    private let kept = Mutex<[SignedNotification]>([])

    /// `inner` answers each attempt (by default the in-process merchant, which acknowledges every well-formed
    /// notification); at most `capacity` attempts are kept, oldest dropped first, so memory stays bounded.
    public init(
        key: SigningKey, inner: any NotificationSink = MerchantWebhookReceiver(), logger: Logger, capacity: Int = 500
    ) {
        self.key = key
        self.inner = inner
        self.logger = logger
        self.capacity = capacity
    }

    public func deliver(_ notification: OutboundNotification) async -> DeliveryOutcome {
        var signed: SignedNotification
        do {
            signed = try SignedNotification(notification, key: key)
        } catch {
            logger.error("notification \(notification.id) could not be signed: \(error.description)")
            return .transportFailure("the notification could not be signed: \(error.description)")
        }
        let outcome = await inner.deliver(notification)
        signed.acknowledged = outcome.isAcknowledgement
        kept.withLock { list in
            list.append(signed)
            if list.count > capacity { list.removeFirst(list.count - capacity) }
        }
        logger.info(
            "notification \(notification.notifyType) attempt \(notification.attempt)",
            metadata: [
                "paymentRequestId": "\(PANMask.mask(notification.paymentRequestId ?? ""))",
                "url": "\(PANMask.mask(notification.url))",
                "acknowledged": "\(signed.acknowledged)",
            ])
        return outcome
    }

    /// The kept attempts, oldest first; only those of `paymentRequestId` when it is given.
    public func notifications(paymentRequestId: String? = nil) -> [SignedNotification] {
        let all = kept.withLock { $0 }
        guard let paymentRequestId else { return all }
        return all.filter { $0.paymentRequestId == paymentRequestId }
    }
}
