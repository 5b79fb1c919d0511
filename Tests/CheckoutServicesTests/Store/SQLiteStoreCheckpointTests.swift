@testable import CheckoutServices
import CheckoutDomain
import Foundation
import Logging
import Testing

/// `serve`'s stores leave WAL checkpoints to `WALCheckpointer`, so no save waits for the disk's `fdatasync`s;
/// other stores keep SQLite's own checkpoint every 1,000 pages.
@Suite("SQLite store: WAL checkpoints in the background")
struct SQLiteStoreCheckpointTests {
    /// SQLite's automatic checkpoint threshold, in pages (frames).
    static let autoCheckpointFrames = 1_000

    /// One save per activity row: each commit appends at least one frame to the log.
    static func saveActivity(_ count: Int, to store: SQLiteAPOStore) throws {
        for index in 0..<count {
            let row = APOActivity(
                index: index, time: APOBench.start, kind: .apiCall, name: "pay", message: "row \(index)")
            try store.save([.activity(row)])
        }
    }

    static func size(of url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
    }

    /// Frames the log file has room for: a 32-byte header, then 24 bytes and a 4,096-byte page a frame. SQLite
    /// writes a restarted log over itself, so this is the most the log ever held.
    static func walFrames(_ fixture: StoreDirectoryFixture) -> Int {
        max(0, size(of: URL(fileURLWithPath: fixture.databaseURL.path + "-wal")) - 32) / (24 + 4_096)
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

    @Test("an automatic store checkpoints by itself and has nothing for checkpoint() to do")
    func automatic() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let store = try fixture.open()
        try Self.saveActivity(1_500, to: store)
        // A log that SQLite restarts after each automatic checkpoint never holds much more than the threshold.
        #expect(Self.walFrames(fixture) <= Self.autoCheckpointFrames + 16)
        #expect(try await store.checkpoint() == nil)
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
