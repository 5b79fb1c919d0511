import CheckoutDomain
import Foundation
import GRDB

/// Writes one record into its table inside the caller's transaction.
enum StoreRowWriter {
    /// Guards (against `submitted`, the card numbers the operation received), then upserts `record`; a throw
    /// leaves the caller's transaction to roll back.
    static func write(_ record: APORecord, submitted: [CardNumber], in db: Database) throws {
        let encoded = record.encoded()
        try CardNumberGuard.check(record, encoded: encoded, submitted: submitted)
        let table = StoreTable.table(for: record.kind)
        var values = columns(of: record)
        values.append(String(decoding: encoded, as: UTF8.self))
        // Existentials, not `[DatabaseValue]`: GRDB maps a sequence of concrete values through a generic key path,
        // which the runtime instantiates again on every call (1% of a notification's delivery).
        try db.cachedStatement(sql: table.upsertSQL).execute(arguments: StatementArguments(values))
    }

    /// The values of the record's `StoreTable.columns`, in their order.
    static func columns(of record: APORecord) -> [(any DatabaseValueConvertible)?] {
        switch record {
        case .session(let session):
            [
                session.paymentSessionId, session.paymentRequestId, StoreDate(session.createdAt),
                StoreDate(session.expiresAt),
            ]
        case .payment(let payment):
            [
                payment.paymentId, payment.paymentRequestId, payment.paymentSessionId,
                payment.paymentMethodType.rawValue, payment.status.rawValue, StoreDate(payment.createdAt),
            ]
        case .idempotency(let entry):
            [entry.api, entry.requestId, StoreDate(entry.createdAt)]
        case .vaultToken(let token):
            [token.cardToken, token.paymentId, StoreDate(token.createdAt)]
        case .outbox(let entry):
            [
                entry.id, entry.sequence, entry.notifyType.rawValue, entry.url, entry.paymentId, entry.paymentRequestId,
                entry.status.rawValue, entry.attempts.count, entry.nextAttemptAt.map(StoreDate.init),
            ]
        case .activity(let entry):
            [
                entry.index, StoreDate(entry.time), entry.kind.rawValue, entry.name, entry.paymentRequestId,
                entry.paymentId,
            ]
        }
    }
}
