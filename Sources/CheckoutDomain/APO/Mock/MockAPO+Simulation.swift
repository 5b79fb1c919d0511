import Foundation

/// An outcome waiting in the mock's queue: for the next payments, or for those of one paymentRequestId.
public struct QueuedOutcome: Codable, Hashable, Sendable {
    public var outcome: ForcedOutcome
    /// Nil when any next payment (or session, for `sessionTimeout`) takes it.
    public var paymentRequestId: String?

    public init(outcome: ForcedOutcome, paymentRequestId: String? = nil) {
        self.outcome = outcome
        self.paymentRequestId = paymentRequestId
    }
}

/// The levers QA pulls on the mock itself (in process, or through `/sim/v1/control` on `serve`): forcing
/// outcomes, finding the next notification attempt, starting over.
extension MockAPO {
    /// Queues outcomes for the next payments (and `sessionTimeout` for the next createPaymentSession calls).
    public func force(_ outcomes: [ForcedOutcome]) {
        force(outcomes, paymentRequestId: nil)
    }

    /// Queues outcomes for the payments of `paymentRequestId` (its createPaymentSession for `sessionTimeout`),
    /// which take them before the shared queue; nil queues them for whichever payments come next.
    public func force(_ outcomes: [ForcedOutcome], paymentRequestId: String?) {
        _ = transact(onStoreFailure: { _ in () }) { now in
            for outcome in outcomes {
                if let paymentRequestId {
                    targetedOutcomes[paymentRequestId, default: []].append(outcome)
                    log(.forcedOutcome, "force", at: now, paymentRequestId: paymentRequestId, "queued: \(outcome.label)")
                } else {
                    forcedOutcomes.append(outcome)
                    log(.forcedOutcome, "force", at: now, "queued: \(outcome.label)")
                }
            }
            return .success(())
        }
    }

    /// Forced outcomes for the next payments not yet consumed, oldest first.
    public var pendingForcedOutcomes: [ForcedOutcome] { forcedOutcomes }

    /// Every forced outcome not yet consumed: those of each paymentRequestId (by id), then the shared queue.
    public var queuedOutcomes: [QueuedOutcome] {
        targetedOutcomes.sorted { $0.key < $1.key }.flatMap { id, outcomes in
            outcomes.map { QueuedOutcome(outcome: $0, paymentRequestId: id) }
        } + forcedOutcomes.map { QueuedOutcome(outcome: $0) }
    }

    /// Takes the oldest outcome `matching` allows, first from those of `paymentRequestId`, then from the shared queue.
    func takeForcedOutcome(for paymentRequestId: String, where matching: (ForcedOutcome) -> Bool) -> ForcedOutcome? {
        if var mine = targetedOutcomes[paymentRequestId], let index = mine.firstIndex(where: matching) {
            let outcome = mine.remove(at: index)
            targetedOutcomes[paymentRequestId] = mine.isEmpty ? nil : mine
            return outcome
        }
        guard let index = forcedOutcomes.firstIndex(where: matching) else { return nil }
        return forcedOutcomes.remove(at: index)
    }

    /// When the next notification attempt is due; nil when none is waiting. An attempt in flight is not waiting:
    /// when its next one is due is known only once its answer is recorded.
    public func nextNotificationAttemptAt() -> Date? {
        state.pendingOutbox.values.filter { !inFlight.contains($0.id) }.compactMap(\.nextAttemptAt).min()
    }

    /// Forgets everything: every record in the store, the forced outcomes and the activity log, as a fresh mock.
    /// Deliveries in flight finish, but their attempts are no longer recorded.
    public func reset() throws(StoreError) {
        try store.removeAll()
        state = MockState()
        inquiryAnswers = InquiryAnswers()
        forcedOutcomes = []
        targetedOutcomes = [:]
        pending = []
        undoLog = []
    }
}
