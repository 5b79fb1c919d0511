import Foundation

/// Where the mock APO keeps what it must not forget: sessions, payments, idempotency records, vaulted cards,
/// the notification outbox and the activity log.
///
/// The mock calls `forEachResumedRecord` once when it starts and `save(_:)` once per operation, before it answers, with
/// every record the operation created or changed; `idempotencyRecord` when a request is repeated. A store must apply one `save` atomically (all records or
/// none), so that an answer the merchant has seen is never lost, even to `kill -9`.
///
/// Records are upserted by `(kind, key)`. A SQLite store can keep one table
/// `records(kind TEXT, key TEXT, json BLOB, PRIMARY KEY (kind, key))` and run each `save` in one transaction
/// of `INSERT OR REPLACE`; `APORecord.encoded()` gives the JSON to keep and `APORecord.decode(kind:json:)`
/// reads it back.
///
/// No record holds a full card number or a CVV: cards are kept masked, with the sandbox `profileKey`.
public protocol APOStore: Sendable {
    /// Everything saved so far.
    func loadAll() throws(StoreError) -> APOSnapshot
    /// What a resuming mock keeps of the saved records, one at a time and in no particular order (`ResumedRecord`),
    /// with at least the newest `newestActivity` entries of the activity log: a store that reads its rows one at a
    /// time never holds them all at once, and one that can read a column alone need not decode the rest.
    func forEachResumedRecord(newestActivity: Int, _ body: (ResumedRecord) -> Void) throws(StoreError)
    /// Upserts `changes` atomically: either every record is kept or none is. `submittedCards` are the card
    /// numbers the operation received in card fields (`cardNo`, the page's card form): a store that guards what
    /// reaches its disk refuses the whole save when a record holds one of them, wherever it sits.
    func save(_ changes: [APORecord], guarding submittedCards: [CardNumber]) throws(StoreError)
    /// Deletes every record atomically (`POST /sim/v1/control/reset`).
    func removeAll() throws(StoreError)
    /// The saved idempotency record of `api` and `requestId`, if any. The mock keeps only request digests in
    /// memory and reads the first answer back through this when a request is repeated.
    func idempotencyRecord(api: String, requestId: String) throws(StoreError) -> IdempotencyRecord?
    /// Every saved record of `kind`, in no particular order. The mock keeps settled notifications only here and
    /// reads them back through this when every notification is listed.
    func records(of kind: APORecordKind) throws(StoreError) -> [APORecord]
    /// The saved payment `paymentId`, if any. The mock keeps only the ids of older settled payments in memory and
    /// reads one back through this when a call names it.
    func payment(paymentId: String) throws(StoreError) -> PaymentRecord?
}

extension APOStore {
    /// Read through `loadAll()`; a store that can read its rows one at a time does better.
    public func forEachResumedRecord(newestActivity: Int, _ body: (ResumedRecord) -> Void) throws(StoreError) {
        for record in try loadAll().records { body(ResumedRecord(record)) }
    }

    /// Read through `loadAll()`; a store that can read one kind alone does better.
    public func records(of kind: APORecordKind) throws(StoreError) -> [APORecord] {
        try loadAll().records.filter { $0.kind == kind }
    }

    /// Read through `records(of:)`; a store that can read one row alone does better.
    public func payment(paymentId: String) throws(StoreError) -> PaymentRecord? {
        for case .payment(let payment) in try records(of: .payment) where payment.paymentId == paymentId {
            return payment
        }
        return nil
    }

    /// Upserts records that no operation received card numbers for (restores, copies, tests).
    public func save(_ changes: [APORecord]) throws(StoreError) {
        try save(changes, guarding: [])
    }
}

/// The store could not read or write.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The store cannot be opened or read.
    case unavailable(String)
    /// A write failed; nothing of it was kept.
    case writeFailed(String)
    /// What is stored cannot be decoded.
    case corrupt(String)
    /// A record looked like it held a full card number, so the whole save was refused.
    case cardNumberInRecord(String)

    public var description: String {
        switch self {
        case .unavailable(let reason): "the APO store is unavailable: \(reason)"
        case .writeFailed(let reason): "the APO store could not save: \(reason)"
        case .corrupt(let reason): "the APO store holds unreadable data: \(reason)"
        case .cardNumberInRecord(let reason): "the APO store refused to keep a card number: \(reason)"
        }
    }
}

/// Which table a record belongs to.
public enum APORecordKind: String, Codable, Hashable, Sendable, CaseIterable {
    case session
    case payment
    case idempotency
    case vaultToken
    case outbox
    case activity
}

/// One record to upsert.
public enum APORecord: Hashable, Sendable {
    indirect case session(SessionRecord)
    indirect case payment(PaymentRecord)
    case idempotency(IdempotencyRecord)
    case vaultToken(VaultTokenRecord)
    case outbox(OutboxEntry)
    case activity(APOActivity)

    public var kind: APORecordKind {
        switch self {
        case .session: .session
        case .payment: .payment
        case .idempotency: .idempotency
        case .vaultToken: .vaultToken
        case .outbox: .outbox
        case .activity: .activity
        }
    }

    /// The primary key within `kind`.
    public var key: String {
        switch self {
        case .session(let record): record.paymentSessionId
        case .payment(let record): record.paymentId
        case .idempotency(let record): record.key
        case .vaultToken(let record): record.cardToken
        case .outbox(let entry): entry.id
        case .activity(let entry): entry.index.zeroPadded(to: 12)
        }
    }

    /// The record alone as stable JSON (sorted keys), for a store that keeps one JSON value per row.
    public func encoded() -> Data {
        switch self {
        case .session(let record): WireCoding.encode(record)
        case .payment(let record): WireCoding.encode(record)
        case .idempotency(let record): WireCoding.encode(record)
        case .vaultToken(let record): WireCoding.encode(record)
        case .outbox(let entry): WireCoding.encode(entry)
        case .activity(let entry): WireCoding.encode(entry)
        }
    }

    /// Reads back what `encoded()` wrote.
    public static func decode(kind: APORecordKind, json: Data) throws(StoreError) -> APORecord {
        do {
            switch kind {
            case .session: return .session(try WireCoding.decode(SessionRecord.self, from: json))
            case .payment: return .payment(try WireCoding.decode(PaymentRecord.self, from: json))
            case .idempotency: return .idempotency(try WireCoding.decode(IdempotencyRecord.self, from: json))
            case .vaultToken: return .vaultToken(try WireCoding.decode(VaultTokenRecord.self, from: json))
            case .outbox: return .outbox(try WireCoding.decode(OutboxEntry.self, from: json))
            case .activity: return .activity(try WireCoding.decode(APOActivity.self, from: json))
            }
        } catch {
            throw .corrupt("\(kind.rawValue): \(error.description)")
        }
    }
}

/// What a resuming mock needs of one saved record: most records whole, but of an idempotency record only its
/// request digest (the request and answer stay in the store for a repeat), and of a notification no longer pending
/// only its sequence number (the next one follows it).
public enum ResumedRecord: Hashable, Sendable {
    case record(APORecord)
    /// `digest` nil: the session record keeps the request whole (`IdempotencyRecord.requestDigest`).
    case idempotencyDigest(key: String, digest: String?)
    case settledNotification(sequence: Int)

    /// What a mock keeps of `record`.
    public init(_ record: APORecord) {
        switch record {
        case .idempotency(let idempotency):
            self = .idempotencyDigest(key: idempotency.key, digest: idempotency.requestDigest)
        case .outbox(let entry) where entry.status != .pending:
            self = .settledNotification(sequence: entry.sequence)
        default:
            self = .record(record)
        }
    }
}

/// Everything a store holds, as `loadAll()` returns it.
public struct APOSnapshot: Codable, Hashable, Sendable {
    public var sessions: [SessionRecord]
    public var payments: [PaymentRecord]
    public var idempotency: [IdempotencyRecord]
    public var vaultTokens: [VaultTokenRecord]
    public var outbox: [OutboxEntry]
    /// In index order.
    public var activity: [APOActivity]

    public init(
        sessions: [SessionRecord] = [], payments: [PaymentRecord] = [], idempotency: [IdempotencyRecord] = [],
        vaultTokens: [VaultTokenRecord] = [], outbox: [OutboxEntry] = [], activity: [APOActivity] = []
    ) {
        self.sessions = sessions
        self.payments = payments
        self.idempotency = idempotency
        self.vaultTokens = vaultTokens
        self.outbox = outbox
        self.activity = activity
    }

    public static let empty = APOSnapshot()

    /// Every record, one per `(kind, key)`.
    public var records: [APORecord] {
        sessions.map(APORecord.session) + payments.map(APORecord.payment)
            + idempotency.map(APORecord.idempotency) + vaultTokens.map(APORecord.vaultToken)
            + outbox.map(APORecord.outbox) + activity.map(APORecord.activity)
    }

    /// A snapshot of `records`, the last one winning for each `(kind, key)`.
    public init(records: [APORecord]) {
        var latest: [APORecordKind: [String: APORecord]] = [:]
        for record in records { latest[record.kind, default: [:]][record.key] = record }
        func values(_ kind: APORecordKind) -> [APORecord] {
            (latest[kind] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
        }
        self.init()
        for record in values(.session) { if case .session(let value) = record { sessions.append(value) } }
        for record in values(.payment) { if case .payment(let value) = record { payments.append(value) } }
        for record in values(.idempotency) { if case .idempotency(let value) = record { idempotency.append(value) } }
        for record in values(.vaultToken) { if case .vaultToken(let value) = record { vaultTokens.append(value) } }
        for record in values(.outbox) { if case .outbox(let value) = record { outbox.append(value) } }
        for record in values(.activity) { if case .activity(let value) = record { activity.append(value) } }
        activity.sort { $0.index < $1.index }
    }
}
