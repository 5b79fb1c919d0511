import Foundation
import HeapModule

/// A store's records read one at a time into the `MockState` a resuming mock starts from, holding no more of
/// them than that state keeps: the unsettled payments and the newest settled ones it keeps in memory, the rest as
/// ids; request digests, not requests and answers; pending notifications only; the recent activity. A restart of a
/// server that took 100,000 payments no longer decodes them all into memory before letting most go (issue 16).
///
/// The state is the one `MockState` would reach by taking every payment oldest first and then letting go of the
/// oldest settled ones beyond `paymentsKeptInMemory`: the same payments in memory, in the same order.
struct MockStateIntake {
    private let paymentsKeptInMemory: Int
    private var state = MockState()
    /// Every payment's ids, in any order until `finish` sorts them.
    private var payments: [StoredPaymentIds] = []
    private var unsettled: [String: PaymentRecord] = [:]
    private var newestSettled: NewestKept<ArrivalOrder, PaymentRecord>
    private var pendingOutbox: [OutboxEntry] = []
    private var recentActivity = NewestKept<Int, APOActivity>(limit: MockState.activityKeptInMemory)

    init(paymentsKeptInMemory: Int) {
        self.paymentsKeptInMemory = paymentsKeptInMemory
        newestSettled = NewestKept(limit: paymentsKeptInMemory)
    }

    mutating func take(_ resumed: ResumedRecord) {
        switch resumed {
        case .idempotencyDigest(let key, let digest):
            state.resume(digest: digest, forKey: key)
        case .settledNotification(let sequence):
            state.resume(outboxSequence: sequence)
        case .record(.session(let session)):
            _ = state.put(session)
        case .record(.payment(let payment)):
            payments.append(StoredPaymentIds(payment))
            if MockState.isSettled(payment) {
                newestSettled.insert(payment, key: ArrivalOrder(payment))
            } else {
                unsettled[payment.paymentId] = payment
            }
        case .record(.vaultToken(let token)):
            _ = state.put(token)
        case .record(.outbox(let entry)) where entry.status == .pending:
            pendingOutbox.append(entry)
        case .record(.activity(let entry)):
            recentActivity.insert(entry, key: entry.index)
        case .record(let record):
            // An idempotency record or a settled notification handed over whole: what `ResumedRecord` keeps of it.
            take(ResumedRecord(record))
        }
    }

    /// The payment records held now: the unsettled ones and at most `paymentsKeptInMemory` settled ones, whatever
    /// the store holds.
    var retainedPayments: Int { unsettled.count + newestSettled.count }

    /// The state, every record taken.
    consuming func finish() -> MockState {
        var resident = unsettled
        for payment in newestSettled.oldestFirst { resident[payment.paymentId] = payment }
        for ids in payments.sorted(by: { $0.arrival < $1.arrival }) {
            if let payment = resident[ids.paymentId] { _ = state.put(payment) } else { state.noteStoredOnly(ids) }
        }
        state.evictSettledPayments(beyond: paymentsKeptInMemory, budget: state.payments.residentCount)
        for entry in pendingOutbox.sorted(by: { $0.sequence < $1.sequence }) { _ = state.put(entry) }
        for entry in recentActivity.oldestFirst { _ = state.append(entry) }
        return state
    }
}

/// A payment's ids: what a mock holds of one it leaves in the store, and the order payments came in.
struct StoredPaymentIds {
    let paymentId: String
    let paymentRequestId: String
    let refunds: [(refundId: String, refundRequestId: String)]
    /// Oldest first: creation, then attempt, then id.
    let arrival: ArrivalOrder

    init(_ record: PaymentRecord) {
        paymentId = record.paymentId
        paymentRequestId = record.paymentRequestId
        refunds = (record.refunds ?? []).map { ($0.refundId, $0.refundRequestId) }
        arrival = ArrivalOrder(record)
    }
}

/// When a payment came in, as the mock orders them: created, then attempt, then paymentId.
struct ArrivalOrder: Comparable {
    let createdAt: Date
    let attempt: Int
    let paymentId: String

    init(_ record: PaymentRecord) {
        createdAt = record.createdAt
        attempt = record.attempt
        paymentId = record.paymentId
    }

    static func < (lhs: ArrivalOrder, rhs: ArrivalOrder) -> Bool {
        (lhs.createdAt, lhs.attempt, lhs.paymentId) < (rhs.createdAt, rhs.attempt, rhs.paymentId)
    }
}

/// The newest `limit` elements of a stream by `key`: each newer one pushes the oldest out once there are `limit`.
private struct NewestKept<Key: Comparable, Element> {
    private struct Entry: Comparable {
        let key: Key
        let element: Element

        static func < (lhs: Entry, rhs: Entry) -> Bool { lhs.key < rhs.key }
        static func == (lhs: Entry, rhs: Entry) -> Bool { lhs.key == rhs.key }
    }

    let limit: Int
    private var heap = Heap<Entry>()

    init(limit: Int) {
        self.limit = limit
    }

    mutating func insert(_ element: Element, key: Key) {
        heap.insert(Entry(key: key, element: element))
        if heap.count > limit { _ = heap.popMin() }
    }

    var count: Int { heap.count }

    var oldestFirst: [Element] { heap.unordered.sorted().map(\.element) }
}
