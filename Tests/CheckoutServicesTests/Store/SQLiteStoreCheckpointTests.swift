@testable import CheckoutServices
import CheckoutDomain
import Foundation
import GRDB
import Logging
import Testing

/// `serve`'s stores leave WAL checkpoints to `WALCheckpointer`, so no save waits for the disk's `fdatasync`s;
/// other stores keep SQLite's own checkpoint every 4 MB of log.
@Suite("SQLite store: WAL checkpoints in the background")
struct SQLiteStoreCheckpointTests {
    /// One save per activity row: each commit appends at least one frame to the log.
    /// Saves rows `first`, `first + 1`, …: a row saved again unchanged writes no page, so no log either.
    static func saveActivity(_ count: Int, from first: Int = 0, to store: SQLiteAPOStore) throws {
        for index in first..<first + count {
            try store.save([.activity(activityRow(index))])
        }
    }

    static func activityRow(_ index: Int) -> APOActivity {
        APOActivity(index: index, time: APOBench.start, kind: .apiCall, name: "pay", message: "row \(index)")
    }

    static func size(of url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
    }

    /// Frames the log file has room for: a 32-byte header, then 24 bytes and a page a frame. SQLite writes a
    /// restarted log over itself, so this is the most the log ever held.
    static func walFrames(_ fixture: StoreDirectoryFixture, pageSize: Int = SQLiteOpening.newFilePageSize) -> Int {
        max(0, size(of: URL(fileURLWithPath: fixture.databaseURL.path + "-wal")) - 32) / (24 + pageSize)
    }

    /// The log header's checkpoint sequence number (bytes 12–15, big-endian), which SQLite increments each time a
    /// save starts the log over; nil while there is no log.
    static func walCheckpointSequence(_ fixture: StoreDirectoryFixture) -> UInt32? {
        guard let handle = FileHandle(forReadingAtPath: fixture.databaseURL.path + "-wal") else { return nil }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 16), header.count == 16 else { return nil }
        return header.suffix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    @Test("with background checkpoints no save checkpoints, and checkpoint() moves the whole log into the file")
    func background() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let store = try SQLiteAPOStore(directory: fixture.url, checkpoints: .background)
        try Self.saveActivity(1_500, to: store)
        #expect(Self.walFrames(fixture) >= 1_500, "a frame or more a save, none of them checkpointed")

        let fileBefore = Self.size(of: fixture.databaseURL)
        let done = try #require(try await store.checkpoint())
        #expect(done.logFrames >= 1_500)
        #expect(done.checkpointedFrames == done.logFrames, "no reader held the log back")
        #expect(Self.size(of: fixture.databaseURL) > fileBefore, "the rows are in the database file now")
        #expect(try fixture.open().loadAll() == store.loadAll())
    }

    @Test("a log past its limit is started over by the next save; one within it is left as it is")
    func logLimit() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let store = try SQLiteAPOStore(directory: fixture.url, checkpoints: .background, logLimitFrames: 1_000)
        try Self.saveActivity(200, to: store)
        let within = try #require(try await store.checkpoint())
        #expect(!within.restarted && (200...1_000).contains(within.logFrames))
        #expect(Self.walFrames(fixture) >= 200, "the log file is left as it is")

        try Self.saveActivity(1_500, to: store)
        let past = try #require(try await store.checkpoint())
        #expect(past.restarted && past.logFrames > 1_000)
        // The next saves write the log from its start: the file does not grow.
        let frames = Self.walFrames(fixture)
        let sequence = try #require(Self.walCheckpointSequence(fixture))
        try Self.saveActivity(100, from: 1_500, to: store)
        #expect(Self.walFrames(fixture) == frames)
        #expect(try #require(Self.walCheckpointSequence(fixture)) == sequence + 1)
        #expect(try fixture.open().loadAll() == store.loadAll())
    }

    @Test("serve's checkpointer says when the next save starts the log over, and nothing for a log within its limit")
    func restartSaid() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let store = try SQLiteAPOStore(directory: fixture.url, checkpoints: .background, logLimitFrames: 1_000)
        let capture = LogCapture()
        let checkpointer = WALCheckpointer(stores: [store], interval: .seconds(3_600), logger: capture.logger)
        try Self.saveActivity(200, to: store)
        await checkpointer.checkpointAll()
        #expect(capture.all.isEmpty)

        try Self.saveActivity(1_500, to: store)
        await checkpointer.checkpointAll()
        #expect(capture.all.count == 1)
        let line = try #require(capture.all.first)
        #expect(line.hasPrefix("info the next save \(WALCheckpointer.restartWords) ("), "\(line)")
        #expect(line.contains(" MiB, past its 1.0 MiB limit) in \(store.databaseURL.path);"), "\(line)")
    }

    @Test("scripts/bench.sh counts restarts by the words the checkpointer logs")
    func benchCountsTheSameWords() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let script = try String(contentsOf: root.appending(path: "scripts/bench.sh"), encoding: .utf8)
        #expect(script.contains("if \"\(WALCheckpointer.restartWords)\" in line:"))
    }

    /// The reproduction of a 1.8 GB log after 20,000 payments: SQLite starts the log over only when the save after a
    /// complete checkpoint began reading after it, which under steady saves does not happen (without the limit this
    /// log reaches 9,000 frames and more, never started over).
    @Test("saves that never pause do not keep the log from starting over")
    func steadySaves() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let store = try SQLiteAPOStore(directory: fixture.url, checkpoints: .background, logLimitFrames: 400)
        let progress = CheckpointProgress()
        // The saves run on a thread of their own, not the test pool's, so that a busy pool cannot leave them
        // running with no checkpoint beside them; they go on until 20 checkpoints have run.
        async let saved: Int = withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                var index = 0
                do {
                    while !progress.finished && (index < 3_000 || progress.checkpoints < 20) && index < 100_000 {
                        try store.save([.activity(Self.activityRow(index))])
                        index += 1
                    }
                    progress.finish()
                    continuation.resume(returning: index)
                } catch {
                    progress.finish()
                    continuation.resume(throwing: error)
                }
            }
        }
        // A failed checkpoint ends the test at once, not after the saves' 100,000 (the task waits for them).
        defer { progress.finish() }
        var restarts = 0
        var firstSequence: UInt32?
        while !progress.finished {
            let report = try #require(try await store.checkpoint())
            firstSequence = firstSequence ?? Self.walCheckpointSequence(fixture)
            if report.restarted { restarts += 1 }
            progress.noteCheckpoint()
            try await Task.sleep(for: .milliseconds(5))
        }
        let count = try await saved
        #expect(progress.checkpoints >= 20 && count < 100_000, "checkpoints ran while the saves went on")
        #expect(restarts > 0, "the log passed 400 frames")
        // How far the log grows between two checkpoints depends on the disk; that a save started it over does not.
        let first = try #require(firstSequence)
        let last = try #require(Self.walCheckpointSequence(fixture))
        #expect(last > first, "a save started the log over after a checkpoint found it past the limit")
        #expect(try store.loadAll().activity.count == count)
    }

    /// The reproduction of the `SQLITE_BUSY` a clean-clone CI run met once: a PASSIVE checkpoint that reads the
    /// log's index header while a save is writing it (its two copies differ) tries to take the write lock to read
    /// it again, and SQLite returns "database is locked" at once instead of calling the busy handler. Here a second
    /// connection holds the write lock and the header's first copy is made to differ, as a commit cut off between
    /// the two copies leaves it; the commit then writes both and the checkpoint gets through.
    @Test("a checkpoint that reads the log's index while a save writes it waits for the save instead of failing")
    func tornIndexHeader() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let store = try SQLiteAPOStore(directory: fixture.url, checkpoints: .background)
        try Self.saveActivity(10, to: store)
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true  // the save's transaction spans two accesses
        let saver = try DatabaseQueue(path: fixture.databaseURL.path, configuration: configuration)
        try saver.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        try Self.tearIndexHeader(fixture)

        let ended = CheckpointProgress()
        let checkpoint = Task {
            defer { ended.finish() }
            return try await store.checkpoint()
        }
        try await Task.sleep(for: .milliseconds(50))
        #expect(!ended.finished, "the checkpoint waits for the save's lock rather than failing at once")
        try saver.inDatabase { db in
            try db.execute(sql: "CREATE TABLE scratch (x)")
            try db.execute(sql: "COMMIT")
        }
        let done = try #require(try await checkpoint.value)
        #expect(done.logFrames > 0 && done.checkpointedFrames == done.logFrames)
        #expect(try store.loadAll().activity.count == 10)
    }

    /// Changes a byte of the first of the two copies of the WAL index header (the `-shm` file's first 48 bytes), as
    /// a reader finds them while a commit is between writing the second and the first.
    static func tearIndexHeader(_ fixture: StoreDirectoryFixture) throws {
        let handle = try #require(FileHandle(forUpdatingAtPath: fixture.databaseURL.path + "-shm"))
        defer { try? handle.close() }
        try handle.seek(toOffset: 8)
        let byte = try #require(try handle.read(upToCount: 1)?.first)
        try handle.seek(toOffset: 8)
        try handle.write(contentsOf: [byte ^ 0xFF])
    }

    @Test("an automatic store checkpoints by itself, every 4 MB of log, and has nothing for checkpoint() to do")
    func automatic() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let store = try fixture.open()
        let threshold = SQLiteOpening.autoCheckpointBytes / store.pageSize
        try Self.saveActivity(threshold, to: store)
        // A log that SQLite restarts after each automatic checkpoint never holds much more than the threshold, and
        // with 1 KiB pages that threshold is four times SQLite's 1,000 frames.
        #expect((threshold / 2...threshold + 16).contains(Self.walFrames(fixture)))
        #expect(try await store.checkpoint() == nil)
    }

    @Test("a new database has 1 KiB pages and a 64 MiB log limit; one made with 4 KiB pages keeps them and the bytes")
    func pageSizes() throws {
        let fresh = try StoreDirectoryFixture()
        let older = try StoreDirectoryFixture()
        defer {
            fresh.remove()
            older.remove()
        }
        let store = try SQLiteAPOStore(directory: fresh.url, checkpoints: .background)
        #expect(store.pageSize == 1_024 && store.logLimitFrames == 65_536)

        // A file as builds before 1 KiB pages made it: the same schema, SQLite's default page size.
        var configuration = Configuration()
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA page_size = 4096") }
        let maker = try DatabaseQueue(path: older.databaseURL.path, configuration: configuration)
        try StoreSchema.migrator.migrate(maker)
        try maker.close()
        let reopened = try SQLiteAPOStore(directory: older.url, checkpoints: .background)
        #expect(reopened.pageSize == 4_096 && reopened.logLimitFrames == 16_384)
        try Self.saveActivity(20, to: reopened)
        #expect(try older.open().loadAll().activity.count == 20)
    }

    @Test("WALCheckpointer checkpoints the background stores every interval, and only those")
    func checkpointer() async throws {
        let background = try StoreDirectoryFixture()
        let automatic = try StoreDirectoryFixture()
        defer {
            background.remove()
            automatic.remove()
        }
        let store = try SQLiteAPOStore(directory: background.url, checkpoints: .background)
        let stores: [any APOStore] = [try automatic.open(), store, InMemoryAPOStore()]
        let needed = WALCheckpointer.needed(by: stores)
        #expect(needed.count == 1 && needed.first === store)

        try Self.saveActivity(200, to: store)
        let fileBefore = Self.size(of: background.databaseURL)
        let service = WALCheckpointer(stores: needed, interval: .milliseconds(20), logger: .init(label: "test"))
        let running = Task { await service.run() }
        defer { running.cancel() }
        // Polled rather than timed: the file grows only when the service has checkpointed.
        var grown = false
        for _ in 0..<500 where !grown {
            try await Task.sleep(for: .milliseconds(10))
            grown = Self.size(of: background.databaseURL) > fileBefore
        }
        #expect(grown, "the rows reached the database file without a save checkpointing")
    }
}

/// What a test shares with the work it runs beside it: the checkpoints counted, and whether either side is done.
private final class CheckpointProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var checkpointCount = 0
    private var isFinished = false

    var checkpoints: Int { lock.withLock { checkpointCount } }
    var finished: Bool { lock.withLock { isFinished } }

    func noteCheckpoint() { lock.withLock { checkpointCount += 1 } }
    func finish() { lock.withLock { isFinished = true } }
}
