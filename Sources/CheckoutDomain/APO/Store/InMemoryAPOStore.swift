import Foundation
import Synchronization

/// A store that lives as long as the process: tests, demos and the default TUI run.
public final class InMemoryAPOStore: APOStore {
    /// A record held by reference: a session record is 1,856 bytes inline, and a dictionary of records moved all
    /// of them each time it grew: nearly a tenth of every checkout of a long-lived mock.
    private final class Held: Sendable {
        let record: APORecord

        init(_ record: APORecord) { self.record = record }
    }

    private struct Contents {
        var records: [APORecordKind: [String: Held]] = [:]
        var saves = 0
    }

    private let contents: Mutex<Contents>

    /// Starts with `initial` (empty by default), as if it had been saved before.
    public init(initial: APOSnapshot = .empty) {
        var contents = Contents()
        for record in initial.records { contents.records[record.kind, default: [:]][record.key] = Held(record) }
        self.contents = Mutex(contents)
    }

    public func loadAll() throws(StoreError) -> APOSnapshot {
        APOSnapshot(records: allRecords())
    }

    /// Nothing here reaches a disk, so the submitted card numbers need no guard.
    public func save(_ changes: [APORecord], guarding submittedCards: [CardNumber]) throws(StoreError) {
        contents.withLock { contents in
            for record in changes { contents.records[record.kind, default: [:]][record.key] = Held(record) }
            contents.saves += 1
        }
    }

    public func removeAll() throws(StoreError) {
        contents.withLock { $0.records = [:] }
    }

    public func idempotencyRecord(api: String, requestId: String) throws(StoreError) -> IdempotencyRecord? {
        let key = IdempotencyRecord.key(api: api, requestId: requestId)
        guard case .idempotency(let record)? = contents.withLock({ $0.records[.idempotency]?[key]?.record }) else {
            return nil
        }
        return record
    }

    public func payment(paymentId: String) throws(StoreError) -> PaymentRecord? {
        guard case .payment(let record)? = contents.withLock({ $0.records[.payment]?[paymentId]?.record }) else { return nil }
        return record
    }

    public func records(of kind: APORecordKind) throws(StoreError) -> [APORecord] {
        contents.withLock { ($0.records[kind] ?? [:]).values.map(\.record) }
    }

    /// Every record held, sorted by kind and key.
    public func allRecords() -> [APORecord] {
        contents.withLock { contents in
            APORecordKind.allCases.flatMap { kind in
                (contents.records[kind] ?? [:]).sorted { $0.key < $1.key }.map(\.value.record)
            }
        }
    }

    /// How many times `save` was called.
    public var saveCount: Int { contents.withLock { $0.saves } }
}
