import CheckoutDomain

/// The table that holds one record kind and the columns of its primary key.
struct StoreTable: Sendable {
    var kind: APORecordKind
    var name: String
    var key: [String]

    /// The record's key as an SQL expression, spelt as `APORecord.key` spells it (`api:requestId`).
    var keyExpression: String { key.joined(separator: " || ':' || ") }

    /// Every record table, in the order `loadAll` reads them.
    static let all: [StoreTable] = APORecordKind.allCases.map(table(for:))

    static func table(for kind: APORecordKind) -> StoreTable {
        switch kind {
        case .session: StoreTable(kind: kind, name: "session", key: ["paymentSessionId"])
        case .payment: StoreTable(kind: kind, name: "payment", key: ["paymentId"])
        case .idempotency: StoreTable(kind: kind, name: "idempotency", key: ["api", "requestId"])
        case .vaultToken: StoreTable(kind: kind, name: "vaultToken", key: ["cardToken"])
        case .outbox: StoreTable(kind: kind, name: "outbox", key: ["id"])
        case .activity: StoreTable(kind: kind, name: "activity", key: ["activityIndex"])
        }
    }
}
