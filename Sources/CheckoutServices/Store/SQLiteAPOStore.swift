import CheckoutDomain
import Foundation
import GRDB

/// The mock APO's durable store: one SQLite database (`<directory>/checkout-tui.sqlite`, WAL mode) that a
/// restarted `serve` resumes from, pending notification deliveries included.
///
/// Each `save` is one SQLite transaction, so a crash or `kill -9` in the middle of one leaves the state of the
/// save before. Every record is checked for a full card number before it is written (`CardNumberGuard`): for the
/// numbers the operation received, anywhere, and for full numbers in card fields.
public final class SQLiteAPOStore: APOStore {
    /// The database file.
    public let databaseURL: URL
    /// Who checkpoints the write-ahead log.
    public let checkpoints: WALCheckpoints
    private let pool: DatabasePool
    /// The connection `checkpoint()` runs on (`.background` only): not the pool's writer, so a save never waits for
    /// a checkpoint, nor a checkpoint for a save.
    private let checkpointer: DatabaseQueue?
    /// The log's length, in frames (pages), beyond which `checkpoint()` makes the next save start it over.
    let logLimitFrames: Int
    /// The database's page size, so the size of a log frame.
    let pageSize: Int

    /// The default limit of the log, in bytes: 64 MiB, so 65,536 frames of a 1 KiB page or, in a file made
    /// before those, 16,384 of 4 KiB.
    public static let defaultLogLimitBytes = 64 << 20

    /// Opens (or creates) the database in `directory`. The directory must exist unless `creatingDirectory` is
    /// set, in which case it is created owner-only: a mistyped `--data-dir` fails instead of silently starting over.
    public init(
        directory: URL, creatingDirectory: Bool = false, checkpoints: WALCheckpoints = .automatic,
        logLimitFrames: Int? = nil
    ) throws(StoreError) {
        try StoreDirectory.prepare(directory, create: creatingDirectory)
        databaseURL = directory.appending(path: StoreDirectory.databaseFileName)
        self.checkpoints = checkpoints
        pool = try SQLiteOpening.open(databaseURL, checkpoints: checkpoints)
        do {
            pageSize = try pool.read(SQLiteOpening.pageSize)
        } catch {
            throw .unavailable("cannot read \(databaseURL.path): \(SQLiteOpening.describe(error))")
        }
        self.logLimitFrames = logLimitFrames ?? Self.defaultLogLimitBytes / pageSize
        checkpointer = checkpoints == .background ? try SQLiteOpening.checkpointConnection(databaseURL) : nil
    }

    /// Copies what the write-ahead log holds into the database file (SQLite's PASSIVE checkpoint: it waits for no
    /// reader or writer). It runs on GRDB's queue for the checkpoint connection, so the `fdatasync`s block neither
    /// the caller's thread nor the mock's saves. With `.automatic` SQLite checkpoints by itself and this is nil.
    ///
    /// SQLite starts the log over only when a checkpoint has copied all of it before the next commit, which a
    /// checkpoint running beside a steady stream of saves never does: the log then grew for as long as the load
    /// lasted (1.8 GB for 20,000 payments). So when it is still longer than `logLimitFrames` after the pass, a
    /// second pass catches up with what came in during the first one's syncs, and a third runs on the saves' own
    /// connection, between two saves: it copies and syncs only the last few commits, and the next save starts the
    /// log over. (TRUNCATE and RESTART from this connection were tried: holding the write lock while emptying a
    /// 64 MiB file made saves wait 150 ms, and RESTART leaves the log to a save that may already be reading it.)
    public func checkpoint() async throws(StoreError) -> WALCheckpoint? {
        guard let checkpointer else { return nil }
        let limit = logLimitFrames
        do {
            let (log, done) = try await checkpointer.writeWithoutTransaction(SQLiteOpening.passiveCheckpoint)
            guard log > limit else { return WALCheckpoint(logFrames: log, checkpointedFrames: done) }
            _ = try await checkpointer.writeWithoutTransaction(SQLiteOpening.passiveCheckpoint)
            _ = try await pool.writeWithoutTransaction(SQLiteOpening.passiveCheckpoint)
            return WALCheckpoint(logFrames: log, checkpointedFrames: done, restarted: true)
        } catch {
            throw .writeFailed("the checkpoint of \(databaseURL.path) failed: \(SQLiteOpening.describe(error))")
        }
    }

    public func loadAll() throws(StoreError) -> APOSnapshot {
        APOSnapshot(records: try read(StoreTable.all))
    }

    public func records(of kind: APORecordKind) throws(StoreError) -> [APORecord] {
        try read([StoreTable.table(for: kind)])
    }

    /// Sessions, payments, vaulted cards and pending notifications whole; of idempotency records only the digest
    /// column SQLite extracts, of settled notifications only the highest sequence, of the activity log only the
    /// newest rows: what a resuming mock keeps, without decoding the requests, answers and bodies it would not.
    public func forEachResumedRecord(newestActivity: Int, _ body: (ResumedRecord) -> Void) throws(StoreError) {
        try reading { db in
            for kind in [APORecordKind.session, .payment, .vaultToken] {
                try rows(of: .table(for: kind), in: db) { body(.record($0)) }
            }
            let pending = OutboxStatus.pending.rawValue
            try rows(of: .table(for: .outbox), filter: "WHERE status = ?", arguments: [pending], in: db) {
                body(.record($0))
            }
            let settled = "SELECT MAX(sequence) FROM \(StoreTable.table(for: .outbox).name) WHERE status != ?"
            if let sequence = try Int.fetchOne(db, sql: settled, arguments: [pending]) {
                body(.settledNotification(sequence: sequence))
            }
            let idempotency = StoreTable.table(for: .idempotency)
            let digests = try Row.fetchCursor(
                db,
                sql: """
                    SELECT \(idempotency.keyExpression), json_valid(json),
                        CASE WHEN json_valid(json) THEN json_extract(json, '$.requestDigest') END, api
                    FROM \(idempotency.name)
                    """)
            // Only a session's record may leave the digest to the session record (`IdempotencyRecord.requestDigest`).
            let sessionAPI = APOEndpoint.createPaymentSession.rawValue
            while let row = try digests.next() {
                let key = row[0] as String? ?? ""
                let digest = row[2] as String?
                guard row[1] as Bool? == true, digest != nil || row[3] as String? == sessionAPI else {
                    throw corrupt(table: idempotency.name, row: key, "no requestDigest in its JSON")
                }
                body(.idempotencyDigest(key: key, digest: digest))
            }
            try rows(
                of: .table(for: .activity), filter: "ORDER BY activityIndex DESC LIMIT ?", arguments: [newestActivity],
                in: db
            ) { body(.record($0)) }
        }
    }

    /// Every row of `tables`, decoded.
    private func read(_ tables: [StoreTable]) throws(StoreError) -> [APORecord] {
        var records: [APORecord] = []
        try reading { db in
            for table in tables { try rows(of: table, in: db) { records.append($0) } }
        }
        return records
    }

    /// `work` in one read transaction; a `StoreError` it throws passes through, anything else is the database's.
    private func reading(_ work: (Database) throws -> Void) throws(StoreError) {
        do {
            try pool.read(work)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .unavailable("cannot read \(databaseURL.path): \(SQLiteOpening.describe(error))")
        }
    }

    /// The rows of `table` that `filter` selects, decoded one at a time as SQLite's cursor reaches them, so that
    /// only what `body` keeps stays in memory.
    private func rows(
        of table: StoreTable, filter: String = "", arguments: StatementArguments = [], in db: Database,
        _ body: (APORecord) -> Void
    ) throws {
        // CAST, because GRDB traps on reading an integer (activityIndex) or a damaged cell as String.
        let sql = "SELECT CAST(\(table.keyExpression) AS TEXT), CAST(json AS TEXT) FROM \(table.name) \(filter)"
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try cursor.next() {
            let json = Data((row[1] as String? ?? "").utf8)
            do throws(StoreError) {
                body(try APORecord.decode(kind: table.kind, json: json))
            } catch {
                throw corrupt(table: table.name, row: row[0] as String? ?? "", error.description)
            }
        }
    }

    /// A row that no longer reads as its record, named by the file, table and key (card-number-like runs masked).
    private func corrupt(table: String, row: String, _ problem: String) -> StoreError {
        .corrupt("\(databaseURL.path), table \(table), row \(CardNumberGuard.redacted(row)): \(problem)")
    }

    public func save(_ changes: [APORecord], guarding submittedCards: [CardNumber]) throws(StoreError) {
        guard !changes.isEmpty else { return }
        do {
            try pool.write { db in
                for record in changes { try StoreRowWriter.write(record, submitted: submittedCards, in: db) }
            }
        } catch let refusal as StoreError {
            throw refusal
        } catch {
            throw .writeFailed("\(databaseURL.path): \(SQLiteOpening.describe(error)); nothing of this save was kept")
        }
    }

    public func idempotencyRecord(api: String, requestId: String) throws(StoreError) -> IdempotencyRecord? {
        let json = try json(
            sql: "SELECT CAST(json AS TEXT) FROM idempotency WHERE api = ? AND requestId = ?",
            arguments: [api, requestId])
        guard let json,
            case .idempotency(let record) = try APORecord.decode(kind: .idempotency, json: Data(utf8Of: json))
        else { return nil }
        return record
    }

    public func payment(paymentId: String) throws(StoreError) -> PaymentRecord? {
        let json = try json(sql: "SELECT CAST(json AS TEXT) FROM payment WHERE paymentId = ?", arguments: [paymentId])
        guard let json, case .payment(let record) = try APORecord.decode(kind: .payment, json: Data(utf8Of: json)) else {
            return nil
        }
        return record
    }

    /// The one `json` cell `sql` selects, if any.
    private func json(sql: String, arguments: StatementArguments) throws(StoreError) -> String? {
        do {
            // CAST in `sql`, as in loadAll: GRDB traps on reading a damaged cell as String.
            return try pool.read { db in try String.fetchOne(db, sql: sql, arguments: arguments) }
        } catch {
            throw .unavailable("cannot read \(databaseURL.path): \(SQLiteOpening.describe(error))")
        }
    }

    public func removeAll() throws(StoreError) {
        do {
            try pool.write { db in
                for table in StoreTable.all { try db.execute(sql: "DELETE FROM \(table.name)") }
            }
        } catch {
            throw .writeFailed("\(databaseURL.path): \(SQLiteOpening.describe(error)); nothing was deleted")
        }
    }
}
