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
        values.append(String(decoding: encoded, as: UTF8.self).databaseValue)
        try db.cachedStatement(sql: table.upsertSQL).execute(arguments: StatementArguments(values))
    }

    /// The values of the record's `StoreTable.columns`, in their order.
    static func columns(of record: APORecord) -> [DatabaseValue] {
        switch record {
        case .session(let session):
            [
                session.paymentSessionId.databaseValue, session.paymentRequestId.databaseValue,
                StoreDate(session.createdAt).databaseValue, StoreDate(session.expiresAt).databaseValue,
            ]
        case .payment(let payment):
            [
                payment.paymentId.databaseValue, payment.paymentRequestId.databaseValue,
                payment.paymentSessionId.databaseValue, payment.paymentMethodType.rawValue.databaseValue,
                payment.status.rawValue.databaseValue, StoreDate(payment.createdAt).databaseValue,
            ]
        case .idempotency(let entry):
            [entry.api.databaseValue, entry.requestId.databaseValue, StoreDate(entry.createdAt).databaseValue]
        case .vaultToken(let token):
            [token.cardToken.databaseValue, token.paymentId.databaseValue, StoreDate(token.createdAt).databaseValue]
        case .outbox(let entry):
            [
                entry.id.databaseValue, entry.sequence.databaseValue, entry.notifyType.rawValue.databaseValue,
                entry.url.databaseValue, entry.paymentId.databaseValue, entry.paymentRequestId.databaseValue,
                entry.status.rawValue.databaseValue, entry.attempts.count.databaseValue,
                entry.nextAttemptAt.map(StoreDate.init).databaseValue,
            ]
        case .activity(let entry):
            [
                entry.index.databaseValue, StoreDate(entry.time).databaseValue, entry.kind.rawValue.databaseValue,
                entry.name.databaseValue, entry.paymentRequestId.databaseValue, entry.paymentId.databaseValue,
            ]
        }
    }
}
