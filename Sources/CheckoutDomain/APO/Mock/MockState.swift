import Foundation
import HeapModule

/// Everything the mock knows, indexed so that no call scans every record: requests to their payments and
/// notifications, the notifications still pending, and a queue of the moments the mock must act by itself.
///
/// Every change goes through a `put`/`append` that returns a `MockChange`; applying those in reverse with
/// `revert` undoes an operation whose save the store refused, without copying the state.
struct MockState {
    private(set) var sessions = BoxedRecords<SessionRecord>()
    /// paymentSessionData → paymentSessionId, for data this mock issued.
    private(set) var sessionIdsByData: [String: String] = [:]
    /// Settled payments beyond `MockAPOConfig.paymentsKeptInMemory` stay only in the store (issue 16).
    private(set) var payments = ResidentPayments()
    /// paymentRequestId → paymentIds, oldest attempt first.
    private(set) var paymentIdsByRequestId: [String: [String]] = [:]
    /// refundId and refundRequestId → the refunded paymentId. May hold an entry whose refund a rollback removed:
    /// lookups check the payment.
    private(set) var paymentIdsByRefundId: [String: String] = [:]
    private(set) var paymentIdsByRefundRequestId: [String: String] = [:]
    /// `IdempotencyRecord.key` → the first request's digest. The request and answer stay in the store, which a
    /// replay reads them back from: a server holding 100,000 payments keeps 2 KiB of each, not 8 (issue 16).
    private(set) var idempotencyDigests: [String: FirstRequestDigest] = [:]
    private(set) var vault: [String: VaultTokenRecord] = [:]
    /// The notifications that may still be attempted. One acknowledged, exhausted or superseded never changes
    /// again, so it stays only in the store (`MockAPO.outboxEntries()` reads it back): a server does not hold two
    /// notification bodies for every payment it ever took (issue 16).
    private(set) var pendingOutbox: [String: OutboxEntry] = [:]
    /// paymentRequestId → the ids of its pending notifications.
    private(set) var pendingOutboxIdsByRequestId: [String: [String]] = [:]
    private(set) var lastOutboxSequence = 0
    /// Ordered by index, which grows by one per entry.
    private(set) var activity: [APOActivity] = []
    /// May hold stale entries (a record changed since); `takeDeadlines` checks each against its record.
    private var deadlines = Heap<MockDeadline>()

    /// An empty state: a mock whose store holds nothing yet. A mock resuming from a store builds its state with
    /// `MockStateIntake`.
    init() {}

    var nextOutboxSequence: Int { lastOutboxSequence + 1 }

    /// Entries with an index greater than `index`, oldest first, found by binary search.
    func activity(after index: Int) -> ArraySlice<APOActivity> {
        var low = 0
        var high = activity.count
        while low < high {
            let middle = (low + high) / 2
            if activity[middle].index > index { high = middle } else { low = middle + 1 }
        }
        return activity[low...]
    }

    /// The pending notifications of one paymentRequestId, oldest first.
    func pendingOutboxEntries(paymentRequestId: String) -> [OutboxEntry] {
        (pendingOutboxIdsByRequestId[paymentRequestId] ?? []).compactMap { pendingOutbox[$0] }.sorted {
            $0.sequence < $1.sequence
        }
    }

    // MARK: - Changes

    mutating func put(_ record: SessionRecord) -> MockChange {
        let previous = sessions.updateValue(record, forKey: record.paymentSessionId)
        sessionIdsByData[record.paymentSessionData] = record.paymentSessionId
        if !record.expired, previous?.expiresAt != record.expiresAt || previous?.expired != false {
            deadlines.insert(MockDeadline(time: record.expiresAt, id: record.paymentSessionId, kind: .sessionExpires))
        }
        return .session(id: record.paymentSessionId, previous: previous)
    }

    mutating func put(_ record: PaymentRecord) -> MockChange {
        let wasStoredOnly = payments.isStoredOnly(record.paymentId)
        let previous = payments.updateValue(record)
        index(StoredPaymentIds(record), isNew: previous == nil && !wasStoredOnly)
        for deadline in MockDeadline.of(record) where !MockDeadline.of(previous).contains(deadline) {
            deadlines.insert(deadline)
        }
        return .payment(id: record.paymentId, previous: previous)
    }

    /// A settled payment a resuming mock leaves in the store: its ids are indexed, its record is read back when a
    /// call names it.
    mutating func noteStoredOnly(_ ids: StoredPaymentIds) {
        payments.noteStoredOnly(ids.paymentId)
        index(ids, isNew: true)
    }

    private mutating func index(_ ids: StoredPaymentIds, isNew: Bool) {
        if isNew { paymentIdsByRequestId[ids.paymentRequestId, default: []].append(ids.paymentId) }
        for refund in ids.refunds {
            paymentIdsByRefundId[refund.refundId] = ids.paymentId
            paymentIdsByRefundRequestId[refund.refundRequestId] = ids.paymentId
        }
    }

    /// Final, with nothing due (no deadline): a payment nothing will change by itself, which may leave memory.
    static func isSettled(_ record: PaymentRecord) -> Bool {
        record.status.isFinal && MockDeadline.of(record).isEmpty
    }

    /// Brings back a payment only the store held, as the store holds it: nothing changes, so nothing is undone.
    mutating func restore(_ record: PaymentRecord) {
        payments[record.paymentId] = record
    }

    /// Lets go of settled payments beyond `capacity`: final, with nothing due (no deadline). A payment an operation
    /// names is restored first, so only ids stay in memory for the rest.
    mutating func evictSettledPayments(beyond capacity: Int, budget: Int = 8) {
        payments.evict(beyond: capacity, budget: budget, settled: Self.isSettled)
    }

    /// A resuming mock's idempotency digest, read from the store; nothing to undo.
    mutating func resume(digest: String?, forKey key: String) {
        idempotencyDigests[key] = FirstRequestDigest(digest)
    }

    /// A resuming mock's settled notification: only the sequence number it used is kept.
    mutating func resume(outboxSequence sequence: Int) {
        lastOutboxSequence = max(lastOutboxSequence, sequence)
    }

    mutating func put(_ record: IdempotencyRecord) -> MockChange {
        .idempotency(
            key: record.key,
            previousDigest: idempotencyDigests.updateValue(FirstRequestDigest(record.requestDigest), forKey: record.key))
    }

    mutating func put(_ record: VaultTokenRecord) -> MockChange {
        .vaultToken(cardToken: record.cardToken, previous: vault.updateValue(record, forKey: record.cardToken))
    }

    mutating func put(_ entry: OutboxEntry) -> MockChange {
        let change = MockChange.outbox(
            id: entry.id, previous: pendingOutbox[entry.id], previousLastSequence: lastOutboxSequence)
        keepIfPending(entry)
        lastOutboxSequence = max(lastOutboxSequence, entry.sequence)
        return change
    }

    mutating func append(_ entry: APOActivity) -> MockChange {
        activity.append(entry)
        // Only the recent timeline stays in memory (the store keeps all of it); trimming in halves keeps appends
        // O(1) amortised.
        if activity.count >= 2 * Self.activityKeptInMemory {
            activity.removeFirst(activity.count - Self.activityKeptInMemory)
        }
        return .activityAppended
    }

    /// Far more than a session's timeline; a long-running `serve` does not grow by every line it ever logged.
    static let activityKeptInMemory = 10_000

    /// Removes the deadlines due by `now` and returns those that still hold for their records, earliest first,
    /// with the change that puts every removed one back (stale ones too: a revert may make them hold again).
    mutating func takeDeadlines(dueBy now: Date) -> (due: [MockDeadline], change: MockChange) {
        var taken: [MockDeadline] = []
        var due: [MockDeadline] = []
        var seen: Set<MockDeadline> = []
        while let next = deadlines.min, next.time <= now {
            taken.append(deadlines.removeMin())
            if holds(next), seen.insert(next).inserted { due.append(next) }
        }
        return (due, .deadlinesTaken(taken))
    }

    /// Undoes one change; changes must be reverted newest first.
    mutating func revert(_ change: MockChange) {
        switch change {
        case .session(let id, let previous):
            if previous == nil, let added = sessions[id] { sessionIdsByData[added.paymentSessionData] = nil }
            sessions[id] = previous
        case .payment(let id, let previous):
            if previous == nil, let added = payments[id] {
                paymentIdsByRequestId[added.paymentRequestId]?.removeAll { $0 == id }
                if paymentIdsByRequestId[added.paymentRequestId]?.isEmpty == true {
                    paymentIdsByRequestId[added.paymentRequestId] = nil
                }
            }
            payments[id] = previous
        case .idempotency(let key, let previous):
            idempotencyDigests[key] = previous
        case .vaultToken(let cardToken, let previous):
            vault[cardToken] = previous
        case .outbox(let id, let previous, let previousLastSequence):
            if let previous { keepIfPending(previous) } else { forgetPending(id) }
            lastOutboxSequence = previousLastSequence
        case .activityAppended:
            activity.removeLast()
        case .deadlinesTaken(let taken):
            for deadline in taken { deadlines.insert(deadline) }
        }
    }

    /// Holds `entry` while it is pending; forgets it once it is not.
    private mutating func keepIfPending(_ entry: OutboxEntry) {
        guard entry.status == .pending else {
            forgetPending(entry.id)
            return
        }
        if pendingOutbox.updateValue(entry, forKey: entry.id) == nil, let requestId = entry.paymentRequestId {
            pendingOutboxIdsByRequestId[requestId, default: []].append(entry.id)
        }
    }

    private mutating func forgetPending(_ id: String) {
        guard let gone = pendingOutbox.removeValue(forKey: id), let requestId = gone.paymentRequestId else { return }
        pendingOutboxIdsByRequestId[requestId]?.removeAll { $0 == id }
        if pendingOutboxIdsByRequestId[requestId]?.isEmpty == true { pendingOutboxIdsByRequestId[requestId] = nil }
    }

    private func holds(_ deadline: MockDeadline) -> Bool {
        switch deadline.kind {
        case .sessionExpires:
            guard let session = sessions[deadline.id] else { return false }
            return !session.expired && session.expiresAt == deadline.time
        case .paymentCloses, .paymentCompletes, .refundCompletes:
            return MockDeadline.of(payments[deadline.id]).contains(deadline)
        }
    }
}
