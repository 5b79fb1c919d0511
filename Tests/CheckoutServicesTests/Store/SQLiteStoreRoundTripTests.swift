import CheckoutDomain
@testable import CheckoutServices
import Foundation
import GRDB
import Testing

/// Every record kind saved and loaded back, upserts, and the lookup columns.
@Suite("SQLite store: round trips")
struct SQLiteStoreRoundTripTests {
    /// Everything a mock holds after a session, a tokenised card payment with its capture, a refund and a failed
    /// delivery: every record kind, with transactions and attempt history.
    static func recordsOfAFullFlow() async throws -> InMemoryAPOStore {
        let bench = APOBench()
        let memory = InMemoryAPOStore()
        let apo = try bench.apo(store: memory, sink: ScriptedNotificationSink(failures: 1))
        let notifyUrl = "https://merchant.example/payment/receiveNotify"
        _ = try await apo.createPaymentSession(APOBench.sessionRequest(notifyUrl: notifyUrl))
        let paid = try await apo.pay(APOBench.payRequest(tokenize: true, notifyUrl: notifyUrl))
        _ = try await apo.refund(
            RefundRequest(
                refundRequestId: "RF-1", paymentId: paid.paymentId,
                refundAmount: Amount(currency: "SGD", value: "100")))
        _ = await apo.deliverDueNotifications()
        return memory
    }

    @Test("every record kind comes back exactly as saved, in a new connection too")
    func everyKind() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let memory = try await Self.recordsOfAFullFlow()
        let expected = try memory.loadAll()
        #expect(!expected.sessions.isEmpty && !expected.payments.isEmpty && !expected.idempotency.isEmpty)
        #expect(!expected.vaultTokens.isEmpty && !expected.outbox.isEmpty && !expected.activity.isEmpty)
        #expect(expected.payments.contains { $0.transactions.contains { $0.transactionType == "REFUND" } })
        #expect(expected.outbox.contains { !$0.attempts.isEmpty })

        try fixture.open().save(memory.allRecords())
        #expect(try fixture.open().loadAll() == expected)
        // What a resuming mock reads: digests instead of idempotency records, the highest settled sequence instead
        // of settled notifications, the newest activity.
        var kept = Set(expected.records.map(ResumedRecord.init).filter {
            if case .settledNotification = $0 { false } else { true }
        })
        let settled = try #require(expected.outbox.filter { $0.status != .pending }.map(\.sequence).max())
        kept.insert(.settledNotification(sequence: settled))
        var resumed: [ResumedRecord] = []
        try fixture.open().forEachResumedRecord(newestActivity: expected.activity.count) { resumed.append($0) }
        #expect(resumed.count == kept.count && Set(resumed) == kept)
        var newest: [ResumedRecord] = []
        try fixture.open().forEachResumedRecord(newestActivity: 1) { newest.append($0) }
        let activity = newest.compactMap { item -> Int? in
            guard case .record(.activity(let entry)) = item else { return nil }
            return entry.index
        }
        #expect(activity == [try #require(expected.activity.last?.index)])
    }

    @Test("an idempotency record is read back by its API and request id, as a repeated request needs it")
    func idempotencyLookup() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let snapshot = try await Self.recordsOfAFullFlow().loadAll()
        #expect(Set(snapshot.idempotency.map(\.api)) == ["createPaymentSession", "pay", "refund"])
        try fixture.open().save(snapshot.records)
        let store = try fixture.open()
        for record in snapshot.idempotency {
            #expect(try store.idempotencyRecord(api: record.api, requestId: record.requestId) == record)
        }
        let first = try #require(snapshot.idempotency.first)
        #expect(try store.idempotencyRecord(api: first.api, requestId: first.requestId + "-other") == nil)
        #expect(try store.idempotencyRecord(api: "capture", requestId: first.requestId) == nil)
    }

    @Test("a payment is read back by its paymentId, as a call naming a payment no longer in memory needs it")
    func paymentLookup() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let snapshot = try await Self.recordsOfAFullFlow().loadAll()
        try fixture.open().save(snapshot.records)
        let store = try fixture.open()
        let paid = try #require(snapshot.payments.first { $0.refunds?.isEmpty == false })
        #expect(try store.payment(paymentId: paid.paymentId) == paid)
        #expect(try store.payment(paymentId: paid.paymentId + "0") == nil)
        #expect(try store.payment(paymentId: paid.paymentRequestId) == nil, "a paymentRequestId is not a paymentId")
    }

    @Test("a later save of the same key replaces the record; other records stay")
    func upsert() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let snapshot = try await Self.recordsOfAFullFlow().loadAll()
        let store = try fixture.open()
        try store.save(snapshot.records)
        var entry = try #require(snapshot.outbox.first)
        entry.status = .acked
        entry.nextAttemptAt = nil
        try store.save([.outbox(entry)])
        let reloaded = try store.loadAll()
        #expect(reloaded.outbox.count == snapshot.outbox.count)
        #expect(reloaded.outbox.first { $0.id == entry.id } == entry)
        #expect(reloaded.payments == snapshot.payments)
    }

    /// `StoreTable.columns` names the columns and `StoreRowWriter.columns(of:)` gives their values in that order;
    /// a value in the wrong place would be kept without complaint, so each column is compared with the record's
    /// JSON: its text field of the same name, and for a date, the record's date.
    @Test("every lookup column of every table holds the record's field of that name")
    func columnsInOrder() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let snapshot = try await Self.recordsOfAFullFlow().loadAll()
        try fixture.open().save(snapshot.records)
        let db = try DatabaseQueue(path: fixture.databaseURL.path)
        let compared = try await db.read { db in
            var compared = 0
            for table in StoreTable.all {
                for column in table.columns {
                    let mismatched = try Int.fetchOne(
                        db,
                        sql: """
                            SELECT COUNT(*) FROM \(table.name)
                            WHERE json_type(json, '$.\(column)') = 'text' AND \(column) IS NOT json_extract(json, '$.\(column)')
                            """) ?? -1
                    #expect(mismatched == 0, "\(table.name).\(column)")
                    compared += try Int.fetchOne(
                        db, sql: "SELECT COUNT(*) FROM \(table.name) WHERE json_type(json, '$.\(column)') = 'text'") ?? 0
                }
            }
            for session in snapshot.sessions {
                let row = try #require(
                    try Row.fetchOne(
                        db, sql: "SELECT createdAt, expiresAt FROM session WHERE paymentSessionId = ?",
                        arguments: [session.paymentSessionId]))
                #expect(abs((row["createdAt"] as Date).timeIntervalSince(session.createdAt)) < 0.001)
                #expect(abs((row["expiresAt"] as Date).timeIntervalSince(session.expiresAt)) < 0.001)
            }
            for entry in snapshot.activity {
                let time = try #require(
                    try Date.fetchOne(db, sql: "SELECT time FROM activity WHERE activityIndex = ?", arguments: [entry.index]))
                #expect(abs(time.timeIntervalSince(entry.time)) < 0.001)
            }
            return compared
        }
        #expect(compared >= 30, "the text columns were compared with something")
    }

    @Test("the lookup columns mirror the records, and the database is in WAL mode")
    func lookupColumns() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let snapshot = try await Self.recordsOfAFullFlow().loadAll()
        try fixture.open().save(snapshot.records)
        let payment = try #require(snapshot.payments.first)
        let pending = try #require(snapshot.outbox.first { $0.status == .pending })

        let db = try DatabaseQueue(path: fixture.databaseURL.path)
        try await db.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            let paymentRow = try #require(
                try Row.fetchOne(
                    db, sql: "SELECT paymentId, status, paymentMethodType FROM payment WHERE paymentRequestId = ?",
                    arguments: [payment.paymentRequestId]))
            #expect(paymentRow["paymentId"] as String == payment.paymentId)
            #expect(paymentRow["status"] as String == payment.status.rawValue)
            #expect(paymentRow["paymentMethodType"] as String == "CARD")
            let due = try String.fetchAll(
                db, sql: "SELECT id FROM outbox WHERE status = 'pending' AND nextAttemptAt <= ? ORDER BY sequence",
                arguments: [pending.nextAttemptAt])
            #expect(due.contains(pending.id))
            #expect(
                try Int.fetchOne(db, sql: "SELECT attemptCount FROM outbox WHERE id = ?", arguments: [pending.id])
                    == pending.attempts.count)
            let session = try #require(snapshot.sessions.first)
            #expect(
                try String.fetchOne(
                    db, sql: "SELECT paymentSessionId FROM session WHERE paymentRequestId = ?",
                    arguments: [session.paymentRequestId]) == session.paymentSessionId)
        }
    }
}
