import CheckoutDomain
import DequeModule
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
    /// Oldest first; a deque, so dropping the oldest of a full list does not move the other 499.
    private let kept = Mutex<Deque<SignedNotification>>([])

    /// `inner` answers each attempt (by default the in-process merchant, which acknowledges every well-formed
    /// notification); at most `capacity` attempts are kept, oldest dropped first, so memory stays bounded.
    public init(
        key: SigningKey, inner: any NotificationSink = MerchantWebhookReceiver(keeping: .nothing), logger: Logger,
        capacity: Int = 500
    ) {
        self.key = key
        self.inner = inner
        self.logger = logger
        self.capacity = capacity
    }

    /// On the pool, never on its caller's executor (`NotificationSink.deliver`): signing is most of an attempt.
    @concurrent public func deliver(_ notification: OutboundNotification) async -> DeliveryOutcome {
        var signed: SignedNotification
        do {
            signed = try SignedNotification(notification, key: key)
        } catch {
            logger.error("notification \(notification.id) could not be signed: \(error.description)")
            return .transportFailure("the notification could not be signed: \(error.description)")
        }
        // Signed once: the attempt listed is the attempt posted, and RSA is most of an attempt's cost.
        let outcome =
            if let poster = inner as? any PresignedNotificationSink {
                await poster.deliver(notification, signedAs: signed)
            } else {
                await inner.deliver(notification)
            }
        signed.answered(outcome)
        kept.withLock { list in
            list.append(signed)
            if list.count > capacity { list.removeFirst(list.count - capacity) }
        }
        return outcome
    }

    /// Completes the kept attempt with the APO's verdict and next attempt, and logs it in one line with what
    /// the merchant answered and why it was or was not the ack.
    public func attemptRecorded(_ attempt: NotificationAttempt) {
        kept.withLock { list in
            guard let index = list.lastIndex(where: { $0.id == attempt.notificationId && $0.attempt == attempt.attempt })
            else { return }
            list[index].recorded(attempt)
        }
        let format = DeliveryLogFormatter()
        logger.log(level: format.level(for: attempt), "\(PANMask.mask(format.line(for: attempt)))")
    }

    /// The kept attempts, oldest first; only those of `paymentRequestId` when it is given.
    public func notifications(paymentRequestId: String? = nil) -> [SignedNotification] {
        let all = Array(kept.withLock { $0 })
        guard let paymentRequestId else { return all }
        return all.filter { $0.paymentRequestId == paymentRequestId }
    }

    /// Forgets every kept attempt (`POST /sim/v1/control/reset`).
    public func clear() {
        kept.withLock { $0 = [] }
    }
}
