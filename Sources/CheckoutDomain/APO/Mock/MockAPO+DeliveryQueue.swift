import Foundation

/// Notification delivery in two halves, for a scheduler that posts on its own (`serve`'s per-endpoint queues):
/// take what is due, then record each answer whenever it comes. `deliverDueNotifications()` joins the halves for
/// the in-process merchant.
extension MockAPO {
    /// Settles what the clock has passed, then claims every notification attempt due now, in creation order.
    /// A claimed notification is not handed out again until its answer is recorded with `recordDelivery`.
    public func takeDueNotifications() -> [OutboundNotification] {
        _ = transact(onStoreFailure: { _ in () }) { now -> Result<Void, APOClientError> in
            settle(now: now)
            return .success(())
        }
        let now = clock.now()
        let due = state.pendingOutboxIds.compactMap { state.outbox[$0] }.filter { entry in
            entry.status == .pending && !inFlight.contains(entry.id) && (entry.nextAttemptAt.map { $0 <= now } ?? false)
        }.sorted { $0.sequence < $1.sequence }
        return due.map { entry in
            inFlight.insert(entry.id)
            return OutboundNotification(
                id: entry.id, url: entry.url, notifyType: entry.notifyType, body: entry.bodyBytes,
                attempt: entry.attempts.count + 1, paymentId: entry.paymentId,
                paymentRequestId: entry.paymentRequestId, requestTime: now, clientId: config.clientId)
        }
    }

    /// Records the merchant's answer to a claimed attempt: acknowledged, or the next attempt scheduled (the last
    /// one exhausts the notification). Nil when the notification is gone (a reset) or the answer was recorded.
    @discardableResult
    public func recordDelivery(_ notification: OutboundNotification, _ outcome: DeliveryOutcome) -> NotificationAttempt? {
        inFlight.remove(notification.id)
        let recorded = transact(onStoreFailure: { _ -> NotificationAttempt? in nil }) {
            _ -> Result<NotificationAttempt?, APOClientError> in
            .success(
                recordAttempt(
                    entryId: notification.id, number: notification.attempt, time: notification.requestTime,
                    outcome: outcome))
        }
        guard case .success(let attempt?) = recorded else { return nil }
        sink.attemptRecorded(attempt)
        return attempt
    }
}
