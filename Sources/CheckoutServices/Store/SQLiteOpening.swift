import CheckoutDomain
import Foundation
import GRDB

/// Opens the database file, brings its schema up to date and turns SQLite's failures into `StoreError`s that
/// name the file.
enum SQLiteOpening {
    static func open(_ url: URL, checkpoints: WALCheckpoints = .automatic) throws(StoreError) -> DatabasePool {
        let path = url.path
        var configuration = Configuration()
        // Another process (a second `serve` on the same directory) or the checkpoint may hold the write lock for a
        // moment.
        configuration.busyMode = busyMode
        configuration.prepareDatabase { db in
            // Before the first table exists, so a new file only; an existing one keeps the size it was made with.
            try db.execute(sql: "PRAGMA page_size = \(newFilePageSize)")
            // NORMAL in WAL mode: a commit is in the OS before the answer goes out, so it survives `kill -9` or a
            // crash of the server (tested: CrashRestartTests); only an OS crash or power loss could lose the last
            // commits. FULL's fsync per commit held the mock's actor for ~150 µs a call (docs/DECISIONS.md).
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            let frames = checkpoints == .background ? 0 : autoCheckpointBytes / (try pageSize(db))
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(frames)")
        }
        try DatabaseFile.prepare(url)
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw failure(error, path: path)
        }
        // SQLite gives the WAL and shared-memory files the database's mode; an older, looser file is tightened.
        try DatabaseFile.restrict(url)
        let migrator = StoreSchema.migrator
        let known = migrator.migrations
        do {
            let applied = try pool.read { db in try migrator.appliedIdentifiers(db) }
            let unknown = applied.subtracting(known).sorted()
            guard unknown.isEmpty else {
                throw StoreError.unavailable(
                    "\(path) was written by a newer checkout-tui (schema \(unknown.joined(separator: ", ")); "
                        + "this build knows \(known.joined(separator: ", "))); upgrade checkout-tui or use "
                        + "another data directory")
            }
            try migrator.migrate(pool)
        } catch let error as StoreError {
            throw error
        } catch {
            throw failure(error, path: path)
        }
        return pool
    }

    /// The page size of a database this build creates. A commit writes every page it changed to the log whole, and
    /// a session's three rows (about 6 KB) changed eleven 4 KiB pages (45 KiB of log); in 1 KiB pages they change
    /// nineteen (19 KiB), so the log fills, and is started over, less than half as often (docs/DECISIONS.md).
    static let newFilePageSize = 1_024

    /// How much log SQLite's own checkpoints (`.automatic`) let build up: its default of 1,000 pages of 4 KiB,
    /// kept in bytes whatever the file's page size.
    static let autoCheckpointBytes = 4_096_000

    /// The page size of the open database (4,096 for a file made before `newFilePageSize`).
    static func pageSize(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "PRAGMA page_size") ?? newFilePageSize
    }

    /// A second connection to the database opened by `open`, for `SQLiteAPOStore.checkpoint()`.
    static func checkpointConnection(_ url: URL) throws(StoreError) -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = busyMode
        do {
            return try DatabaseQueue(path: url.path, configuration: configuration)
        } catch {
            throw failure(error, path: url.path)
        }
    }

    /// Waits up to 5 s for a lock, looking again every millisecond. SQLite's own timeout sleeps 1, 2, 5, 10… up to
    /// 100 ms between looks, so a save that met the checkpoint's lock could sleep on long after it was free.
    private static let busyMode = Database.BusyMode.callback(waitedForLock)

    /// Whether to look for a lock again after `tries` looks, having paused a millisecond if so.
    private static func waitedForLock(after tries: Int) -> Bool {
        guard tries < 5_000 else { return false }
        Thread.sleep(forTimeInterval: 0.001)
        return true
    }

    /// A PASSIVE checkpoint that waits for a lock as a save does. SQLite never calls the busy handler in PASSIVE
    /// mode: a checkpoint that read the log's index header while a commit was writing it (its two copies differ)
    /// needs the write lock to read it again, and SQLite returns `SQLITE_BUSY` at once (seen in a CI run on a
    /// loaded machine; `SQLiteStoreCheckpointTests.tornIndexHeader`). The commit holding that lock ends in
    /// microseconds, so the pass is tried again.
    static func passiveCheckpoint(_ db: Database) throws -> (walFrameCount: Int, checkpointedFrameCount: Int) {
        var tries = 0
        while true {
            do {
                return try db.checkpoint(.passive)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && waitedForLock(after: tries) {
                tries += 1
            }
        }
    }

    /// A readable reason for an SQLite (or other) failure: the result code and SQLite's message, no SQL.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DatabaseError else { return String(describing: error) }
        return "SQLite error \(error.resultCode.rawValue): \(error.message ?? "unknown")"
    }

    private static func failure(_ error: any Error, path: String) -> StoreError {
        if let error = error as? DatabaseError, error.resultCode == .SQLITE_NOTADB {
            return .corrupt("\(path) is not a SQLite database")
        }
        return .unavailable("cannot open \(path): \(describe(error))")
    }
}
