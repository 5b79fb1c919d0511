import CheckoutDomain

/// The table that holds one record kind: its primary key, the columns a save writes and the upsert that writes them.
struct StoreTable: Sendable {
    let kind: APORecordKind
    let name: String
    let key: [String]
    /// The indexed columns `StoreRowWriter` fills, in its order; the record's JSON follows them in `json`.
    let columns: [String]
    /// `INSERT … ON CONFLICT DO UPDATE` of `columns` and `json`: one statement whether the row is new or not, its
    /// text built once here so GRDB's statement cache finds it without the SQL being spelt again for every row.
    let upsertSQL: String

    init(kind: APORecordKind, name: String, key: [String], columns: [String]) {
        self.kind = kind
        self.name = name
        self.key = key
        self.columns = columns
        let written = columns + ["json"]
        let updates = written.filter { !key.contains($0) }.map { "\($0) = excluded.\($0)" }
        upsertSQL = """
            INSERT INTO \(name) (\(written.joined(separator: ", ")))
            VALUES (\(Array(repeating: "?", count: written.count).joined(separator: ", ")))
            ON CONFLICT (\(key.joined(separator: ", "))) DO UPDATE SET \(updates.joined(separator: ", "))
            """
    }

    /// The record's key as an SQL expression, spelt as `APORecord.key` spells it (`api:requestId`).
    var keyExpression: String { key.joined(separator: " || ':' || ") }

    /// Every record table, in the order `loadAll` reads them.
    static let all: [StoreTable] = APORecordKind.allCases.map(table(for:))

    static func table(for kind: APORecordKind) -> StoreTable {
        switch kind {
        case .session: session
        case .payment: payment
        case .idempotency: idempotency
        case .vaultToken: vaultToken
        case .outbox: outbox
        case .activity: activity
        }
    }

    private static let session = StoreTable(
        kind: .session, name: "session", key: ["paymentSessionId"],
        columns: ["paymentSessionId", "paymentRequestId", "createdAt", "expiresAt"])
    private static let payment = StoreTable(
        kind: .payment, name: "payment", key: ["paymentId"],
        columns: ["paymentId", "paymentRequestId", "paymentSessionId", "paymentMethodType", "status", "createdAt"])
    private static let idempotency = StoreTable(
        kind: .idempotency, name: "idempotency", key: ["api", "requestId"], columns: ["api", "requestId", "createdAt"])
    private static let vaultToken = StoreTable(
        kind: .vaultToken, name: "vaultToken", key: ["cardToken"], columns: ["cardToken", "paymentId", "createdAt"])
    private static let outbox = StoreTable(
        kind: .outbox, name: "outbox", key: ["id"],
        columns: [
            "id", "sequence", "notifyType", "url", "paymentId", "paymentRequestId", "status", "attemptCount",
            "nextAttemptAt",
        ])
    private static let activity = StoreTable(
        kind: .activity, name: "activity", key: ["activityIndex"],
        columns: ["activityIndex", "time", "kind", "name", "paymentRequestId", "paymentId"])
}
