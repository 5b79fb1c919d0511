import Foundation

/// Notification delivery in two halves, for a scheduler that posts on its own (`serve`'s per-endpoint queues):
/// take what is due, then record each answer whenever it comes. `deliverDueNotifications()` joins the halves for
/// the in-process merchant.
extension MockAPO {
    /// Settles what the clock has passed, then claims the notification attempts due now in creation order, at most
    /// `limit` of them (the oldest). A claimed notification is not handed out again until its answer is recorded
    /// with `recordDeliveries`.
    public func takeDueNotifications(limit: Int = .max) -> [OutboundNotification] {
        _ = transact(onStoreFailure: { _ in () }) { now -> Result<Void, APOClientError> in
            settle(now: now)
            return .success(())
        }
        let now = clock.now()
        // Sorted as sequence and id alone: a backlog holds thousands of entries, each with its body, and a claim
        // takes a window of them.
        var due: [(sequence: Int, id: String)] = []
        for (id, entry) in state.pendingOutbox where entry.nextAttemptAt.map({ $0 <= now }) ?? false {
            if !inFlight.contains(id) { due.append((entry.sequence, id)) }
        }
        due.sort { $0.sequence < $1.sequence }
        return due.prefix(limit).compactMap { state.pendingOutbox[$0.id] }.map { entry in
            inFlight.insert(entry.id)
            return OutboundNotification(
                id: entry.id, url: entry.url, notifyType: entry.notifyType, body: entry.bodyBytes,
                attempt: entry.attempts.count + 1, paymentId: entry.paymentId,
                paymentRequestId: entry.paymentRequestId, requestTime: now, clientId: config.clientId)
        }
    }

    /// Records the merchant's answers to claimed attempts, in the order given: each acknowledged, or its next
    /// attempt scheduled (the last one exhausts the notification). One save for them all: one SQLite transaction
    /// for a burst of answers instead of one each. Should the store refuse the save, each answer is tried again in
    /// a save of its own, so a record the store refuses holds back only itself. Answers to notifications gone (a
    /// reset) or already recorded are skipped.
    @discardableResult
    public func recordDeliveries(_ answers: [DeliveryAnswer]) -> [NotificationAttempt] {
        guard !answers.isEmpty else { return [] }
        for answer in answers { inFlight.remove(answer.notification.id) }
        let recorded = transact(onStoreFailure: { _ -> [NotificationAttempt]? in nil }) {
            _ -> Result<[NotificationAttempt]?, APOClientError> in
            .success(
                answers.compactMap { answer in
                    recordAttempt(
                        entryId: answer.notification.id, number: answer.notification.attempt,
                        time: answer.notification.requestTime, outcome: answer.outcome)
                })
        }
        guard case .success(let attempts?) = recorded else {
            return answers.count > 1 ? answers.flatMap { recordDeliveries([$0]) } : []
        }
        for attempt in attempts { sink.attemptRecorded(attempt) }
        return attempts
    }
}
