import CheckoutDomain
import Foundation
import GRDB

/// Writes one record into its table inside the caller's transaction.
enum StoreRowWriter {
    /// Column name and value, in the table's column order.
    private typealias Columns = [(String, (any DatabaseValueConvertible)?)]

    /// Guards (against `submitted`, the card numbers the operation received), then upserts `record`; a throw
    /// leaves the caller's transaction to roll back.
    static func write(_ record: APORecord, submitted: [CardNumber], in db: Database) throws {
        let encoded = record.encoded()
        try CardNumberGuard.check(record, encoded: encoded, submitted: submitted)
        let json = String(decoding: encoded, as: UTF8.self)
        let table = StoreTable.table(for: record.kind)
        switch record {
        case .session(let session):
            try upsert(
                table,
                [
                    ("paymentSessionId", session.paymentSessionId), ("paymentRequestId", session.paymentRequestId),
                    ("createdAt", StoreDate(session.createdAt)), ("expiresAt", StoreDate(session.expiresAt)),
                    ("json", json),
                ], in: db)
        case .payment(let payment):
            try upsert(
                table,
                [
                    ("paymentId", payment.paymentId), ("paymentRequestId", payment.paymentRequestId),
                    ("paymentSessionId", payment.paymentSessionId), ("paymentMethodType", payment.paymentMethodType.rawValue),
                    ("status", payment.status.rawValue), ("createdAt", StoreDate(payment.createdAt)), ("json", json),
                ], in: db)
        case .idempotency(let entry):
            try upsert(
                table,
                [
                    ("api", entry.api), ("requestId", entry.requestId), ("createdAt", StoreDate(entry.createdAt)),
                    ("json", json),
                ], in: db)
        case .vaultToken(let token):
            try upsert(
                table,
                [
                    ("cardToken", token.cardToken), ("paymentId", token.paymentId),
                    ("createdAt", StoreDate(token.createdAt)), ("json", json),
                ], in: db)
        case .outbox(let entry):
            try upsert(
                table,
                [
                    ("id", entry.id), ("sequence", entry.sequence), ("notifyType", entry.notifyType.rawValue),
                    ("url", entry.url), ("paymentId", entry.paymentId), ("paymentRequestId", entry.paymentRequestId),
                    ("status", entry.status.rawValue), ("attemptCount", entry.attempts.count),
                    ("nextAttemptAt", entry.nextAttemptAt.map(StoreDate.init)), ("json", json),
                ], in: db)
        case .activity(let entry):
            try upsert(
                table,
                [
                    ("activityIndex", entry.index), ("time", StoreDate(entry.time)), ("kind", entry.kind.rawValue),
                    ("name", entry.name), ("paymentRequestId", entry.paymentRequestId),
                    ("paymentId", entry.paymentId), ("json", json),
                ], in: db)
        }
    }

    /// `INSERT … ON CONFLICT DO UPDATE`: one statement whether the row is new or not, prepared once per
    /// connection (GRDB's statement cache) rather than parsed again for every row.
    private static func upsert(_ table: StoreTable, _ columns: Columns, in db: Database) throws {
        let names = columns.map(\.0)
        let updates = names.filter { !table.key.contains($0) }.map { "\($0) = excluded.\($0)" }
        let sql = """
            INSERT INTO \(table.name) (\(names.joined(separator: ", ")))
            VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))
            ON CONFLICT (\(table.key.joined(separator: ", "))) DO UPDATE SET \(updates.joined(separator: ", "))
            """
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(columns.map(\.1)))
    }
}
