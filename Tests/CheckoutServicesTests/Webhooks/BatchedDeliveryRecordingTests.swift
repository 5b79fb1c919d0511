import CheckoutDomain
import Foundation
import Synchronization
import Testing

@testable import CheckoutServices

/// Issue 13 item 3: `serve` records a burst of delivery answers in one SQLite transaction per batch. Batched, every
/// answer is still on disk for a restarted server, in the order it was given, and one the store refuses holds
/// back only itself.
@Suite struct BatchedDeliveryRecordingTests {
    static let notifyUrl = "https://merchant.example/payment/receiveNotify"

    @Test("a burst of answers is one save, on disk as each attempt, in the order given")
    func burstIsOneSave() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let store = WatchedStore(try fixture.open())
        let apo = try APOBench().apo(store: store, sink: MerchantWebhookReceiver())
        let claimed = try await Self.claim(payments: 3, on: apo, urls: [Self.notifyUrl])
        // Answered in another order than they were claimed in: the records follow the answers.
        let answers = claimed.reversed().map { DeliveryAnswer(notification: $0, outcome: .acknowledged) }
        let saves = store.saves.count

        let attempts = await apo.recordDeliveries(answers)

        #expect(attempts.map(\.notificationId) == answers.map(\.notification.id))
        #expect(attempts.allSatisfy { $0.acked && $0.status == .acked })
        #expect(store.saves.count == saves + 1, "one save for the whole burst")
        #expect(store.saves.last?.count == 2 * answers.count, "each attempt's outbox entry and timeline line")
        let disk = try fixture.open().loadAll()
        #expect(disk.outbox.count == claimed.count)
        #expect(disk.outbox.allSatisfy { $0.status == .acked && $0.attempts.count == 1 })
        let lines = disk.activity.filter { $0.kind == .notificationAttempt }.sorted { $0.index < $1.index }
        #expect(lines.map(\.paymentRequestId) == answers.map(\.notification.paymentRequestId))
        #expect(lines.map(\.name) == answers.map(\.notification.notifyType.rawValue))
        // A restarted mock finds nothing left to send.
        let restarted = try APOBench().apo(store: try fixture.open(), sink: MerchantWebhookReceiver(), idPrefix: "20260102")
        #expect(await restarted.takeDueNotifications().isEmpty)
    }

    @Test("a record the store refuses holds back only its own answer, which is claimed again")
    func refusedRecordHoldsBackOnlyItself() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let sqlite = try fixture.open()
        let setup = try APOBench().apo(store: sqlite, sink: MerchantWebhookReceiver())
        let claimed = try await Self.claim(payments: 2, on: setup, urls: [Self.notifyUrl])
        try #require(claimed.count >= 3)
        let refused = claimed[1]
        let store = WatchedStore(sqlite, refusing: refused.id)
        let apo = try APOBench().apo(store: store, sink: MerchantWebhookReceiver(), idPrefix: "20260102")
        let again = await apo.takeDueNotifications()
        #expect(again.map(\.id) == claimed.map(\.id))

        let attempts = await apo.recordDeliveries(again.map { DeliveryAnswer(notification: $0, outcome: .acknowledged) })

        #expect(attempts.map(\.notificationId) == again.map(\.id).filter { $0 != refused.id })
        let disk = try fixture.open().loadAll()
        for entry in disk.outbox {
            if entry.id == refused.id {
                #expect(entry.status == .pending && entry.attempts.isEmpty, "rolled back, not lost")
            } else {
                #expect(entry.status == .acked && entry.attempts.count == 1)
            }
        }
        // The refused answer left its notification unclaimed: it goes out again.
        #expect(await apo.takeDueNotifications().map(\.id) == [refused.id])
    }

    @Test("per-endpoint queues post each endpoint's notifications in creation order, and every answer reaches the disk")
    func schedulerKeepsOrderPerEndpoint() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let merchant = ScriptedNotificationSink(failures: 0)
        let apo = try APOBench().apo(store: try fixture.open(), sink: merchant)
        let urls = ["http://a.example/notify", "http://b.example:8080/notify?shop=2"]
        let claimed = try await Self.claim(payments: 6, on: apo, urls: urls)
        let scheduler = DeliveryScheduler(sink: merchant, perEndpoint: 1, total: 2)

        await scheduler.enqueue(claimed, from: apo)
        try await Patience.waitUntil { await scheduler.backlog == 0 }

        let disk = try fixture.open().loadAll()
        #expect(disk.outbox.count == claimed.count)
        #expect(disk.outbox.allSatisfy { $0.status == .acked && $0.attempts.count == 1 })
        let lines = disk.activity.filter { $0.kind == .notificationAttempt }.sorted { $0.index < $1.index }
        let entries = Dictionary(uniqueKeysWithValues: disk.outbox.map { ($0.id, $0) })
        for url in urls {
            let created = claimed.filter { $0.url == url }
            #expect(created.count == 6, "\(url)")
            #expect(merchant.delivered.filter { $0.url == url }.map(\.id) == created.map(\.id), "posted in order: \(url)")
            // Recorded in the order posted, too: the timeline's attempt lines to this endpoint.
            let recorded = lines.filter { $0.message.contains(url) }
            #expect(recorded.map(\.paymentRequestId) == created.map(\.paymentRequestId), "\(url)")
            #expect(created.allSatisfy { entries[$0.id]?.url == url })
        }
    }

    /// Card payments (a PAYMENT_RESULT and a CAPTURE_RESULT each) notifying `urls` in turn, then every attempt due.
    static func claim(payments: Int, on apo: MockAPO, urls: [String]) async throws -> [OutboundNotification] {
        try await APOBench.pay(payments, on: apo, urls: urls)
        let claimed = await apo.takeDueNotifications()
        #expect(claimed.count == 2 * payments)
        return claimed
    }
}

/// Saves into SQLite and remembers each save's records; refuses, as a failing disk would, any save holding the
/// outbox entry `refusing`.
private final class WatchedStore: APOStore {
    private let inner: SQLiteAPOStore
    private let refusing: String?
    private let kept = Mutex<[[APORecord]]>([])

    init(_ inner: SQLiteAPOStore, refusing: String? = nil) {
        self.inner = inner
        self.refusing = refusing
    }

    /// The saves kept, oldest first.
    var saves: [[APORecord]] { kept.withLock { $0 } }

    func loadAll() throws(StoreError) -> APOSnapshot { try inner.loadAll() }

    func save(_ changes: [APORecord], guarding submittedCards: [CardNumber]) throws(StoreError) {
        let refused = changes.contains { record in
            if case .outbox(let entry) = record { entry.id == refusing } else { false }
        }
        if refused { throw .writeFailed("the test's disk refuses this entry") }
        try inner.save(changes, guarding: submittedCards)
        kept.withLock { $0.append(changes) }
    }

    func removeAll() throws(StoreError) { try inner.removeAll() }

    func idempotencyRecord(api: String, requestId: String) throws(StoreError) -> IdempotencyRecord? {
        try inner.idempotencyRecord(api: api, requestId: requestId)
    }
}
