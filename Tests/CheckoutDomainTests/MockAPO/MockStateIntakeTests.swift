import Foundation
import Testing

@testable import CheckoutDomain

/// A resuming mock reads its store one record at a time (`MockStateIntake`) and holds only what it keeps: it must
/// end where taking every record into memory and then letting the older settled payments go ended.
@Suite("MockAPO: resuming from a store one record at a time")
struct MockStateIntakeTests {
    /// Settled card payments, one refunded, two wallet payments waiting for the buyer, one authorised for a manual
    /// capture, the notifications they left (acknowledged, and pending), and the activity.
    static func storeOfManyKinds() async throws -> APOSnapshot {
        let h = try Harness()
        for index in 1...6 { _ = try await h.apo.pay(Harness.payRequest(id: "P-\(index)")) }
        _ = try await h.apo.pay(Harness.payRequest(id: "W-1", methodType: "GRABPAY_SG"))
        _ = try await h.apo.pay(Harness.payRequest(id: "M-1", captureMode: "MANUAL"))
        let paid = try #require(try await h.apo.pay(Harness.payRequest(id: "P-7")).paymentId)
        _ = try await h.apo.refund(
            RefundRequest(refundRequestId: "RF-1", paymentId: paid, refundAmount: Amount(currency: "SGD", value: "100")))
        h.advance(minutes: 1)
        _ = await h.apo.deliverDueNotifications()
        _ = try await h.apo.pay(Harness.payRequest(id: "W-2", methodType: "GRABPAY_SG"))
        for index in 8...10 { _ = try await h.apo.pay(Harness.payRequest(id: "P-\(index)")) }
        return try h.store.loadAll()
    }

    /// The state as the mock built it before it read records one at a time: every payment in memory oldest
    /// first, then the older settled ones let go.
    static func everythingThenEvicted(_ snapshot: APOSnapshot, keeping kept: Int) -> MockState {
        var state = MockState()
        for session in snapshot.sessions { _ = state.put(session) }
        let ordered = snapshot.payments.sorted { ArrivalOrder($0) < ArrivalOrder($1) }
        for payment in ordered { _ = state.put(payment) }
        state.evictSettledPayments(beyond: kept, budget: ordered.count)
        for record in snapshot.idempotency { _ = state.put(record) }
        for token in snapshot.vaultTokens { _ = state.put(token) }
        for entry in snapshot.outbox.sorted(by: { $0.sequence < $1.sequence }) { _ = state.put(entry) }
        for entry in snapshot.activity.sorted(by: { $0.index < $1.index }) { _ = state.append(entry) }
        return state
    }

    /// What a state holds, and the order it lets payments go in when made to keep none, one look at a time.
    static func summary(_ state: MockState) -> [String] {
        var state = state
        var lines = [
            "resident \(state.payments.resident.map(\.paymentId).sorted())",
            "storedOnly \(state.payments.storedOnlyCount)",
            "byRequest \(state.paymentIdsByRequestId.sorted { $0.key < $1.key })",
            "refunds \(state.paymentIdsByRefundId.sorted { $0.key < $1.key }) \(state.paymentIdsByRefundRequestId.count)",
            "digests \(state.idempotencyDigests.sorted { $0.key < $1.key })",
            "vault \(state.vault.keys.sorted())",
            "outbox \(state.pendingOutbox.keys.sorted()) \(state.pendingOutboxIdsByRequestId.sorted { $0.key < $1.key })",
            "sequence \(state.lastOutboxSequence)",
            "activity \(state.activity.map(\.index))",
            "sessions \(state.sessions.count) \(state.sessionIdsByData.count)",
        ]
        for _ in 0..<(2 * state.payments.residentCount) {
            state.evictSettledPayments(beyond: 0, budget: 1)
            lines.append("left \(state.payments.resident.map(\.paymentId).sorted())")
        }
        return lines
    }

    @Test("the state equals taking everything and evicting, for every number of payments kept")
    func sameState() async throws {
        let snapshot = try await Self.storeOfManyKinds()
        #expect(snapshot.payments.count == 13)
        #expect(snapshot.outbox.contains { $0.status == .pending } && snapshot.outbox.contains { $0.status != .pending })
        for kept in [0, 1, 2, 3, 5, 8, 13, 100] {
            let reference = Self.summary(Self.everythingThenEvicted(snapshot, keeping: kept))
            // A store hands its records over in its own order: as loaded, and reversed with every kind interleaved.
            for records in [snapshot.records, snapshot.records.reversed()] {
                var intake = MockStateIntake(paymentsKeptInMemory: kept)
                for record in records { intake.take(.record(record)) }
                #expect(Self.summary(intake.finish()) == reference, "kept \(kept), whole records")
            }
            // As a store hands them over: digests, sequence numbers, and the records themselves.
            var resumed = MockStateIntake(paymentsKeptInMemory: kept)
            for record in snapshot.records { resumed.take(ResumedRecord(record)) }
            #expect(Self.summary(resumed.finish()) == reference, "kept \(kept), as resumed records")
        }
    }

    @Test("reading holds no more payment records than it keeps, however many the store holds")
    func boundedWhileReading() async throws {
        let snapshot = try await Self.storeOfManyKinds()
        let kept = 2
        var intake = MockStateIntake(paymentsKeptInMemory: kept)
        var unsettled = 0
        for record in snapshot.records {
            if case .payment(let payment) = record, !MockState.isSettled(payment) { unsettled += 1 }
            intake.take(.record(record))
            #expect(intake.retainedPayments <= unsettled + kept)
        }
        #expect(unsettled >= 2, "the wallet payments are still waiting")
    }
}
