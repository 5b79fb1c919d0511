import CheckoutDomain
import CheckoutServices
import Foundation
import Testing

/// Issue 13 item 5: a database that cannot be what it claims is refused at start, the files are owner-only, and
/// a failed save is logged with its cause.
@Suite("SQLite store: diagnostics and file modes")
struct StorageDiagnosticsTests {
    @Test("a 0-byte database file is refused, naming it and what to do, and left alone")
    func emptyFile() throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        _ = FileManager.default.createFile(atPath: fixture.databaseURL.path, contents: Data())
        let error = try #require(throws: StoreError.self) { try fixture.open() }
        guard case .corrupt(let reason) = error else {
            Issue.record("expected corrupt, got \(error)")
            return
        }
        #expect(reason.hasPrefix("\(fixture.databaseURL.path) is empty (0 bytes)"))
        #expect(reason.contains("delete it"))
        #expect(try Data(contentsOf: fixture.databaseURL).isEmpty)
    }

    @Test("a database cut short is refused as truncated")
    func truncatedFile() throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        do {
            // Closed before the file is cut, so no checkpoint writes it whole again.
            let store = try fixture.open()
            try store.save([.activity(APOActivity(index: 1, time: Date(), kind: .apiCall, name: "x", message: "m"))])
        }
        let whole = try Data(contentsOf: fixture.databaseURL)
        for suffix in DatabaseFileNames.companions { try? FileManager.default.removeItem(atPath: fixture.databaseURL.path + suffix) }
        try whole.prefix(whole.count - 1000).write(to: fixture.databaseURL)
        let error = try #require(throws: StoreError.self) { try fixture.open() }
        #expect(error.description.contains("\(fixture.databaseURL.path) is truncated"))
    }

    @Test("the database and its WAL files are 0600 whatever the umask", arguments: [0o000, 0o022] as [mode_t])
    func ownerOnly(umaskValue: mode_t) throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let previous = umask(umaskValue)
        defer { umask(previous) }
        let store = try fixture.open()
        try store.save([.activity(APOActivity(index: 1, time: Date(), kind: .apiCall, name: "x", message: "m"))])
        for suffix in [""] + DatabaseFileNames.companions {
            let url = URL(fileURLWithPath: fixture.databaseURL.path + suffix)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            #expect(try TemporaryDirectory.mode(of: url) == 0o600, "\(url.lastPathComponent)")
        }
    }

    @Test("a database left 0644 by an older checkout-tui is made 0600 when opened")
    func tightened() throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        _ = try fixture.open()
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: fixture.databaseURL.path)
        _ = try fixture.open()
        #expect(try TemporaryDirectory.mode(of: fixture.databaseURL) == 0o600)
    }

    @Test("a failed save is logged with its cause, and the call answers U UNKNOWN_EXCEPTION")
    func failedSaveIsLogged() throws {
        /// Refuses every save, as a full disk would.
        struct FullDisk: APOStore {
            func loadAll() throws(StoreError) -> APOSnapshot { .empty }
            func save(_ changes: [APORecord], guarding submittedCards: [CardNumber]) throws(StoreError) {
                throw .writeFailed("/data/x.sqlite: SQLite error 13: database or disk is full")
            }
            func removeAll() throws(StoreError) {}
            func idempotencyRecord(api: String, requestId: String) throws(StoreError) -> IdempotencyRecord? {
                throw .unavailable("/data/x.sqlite: SQLite error 10: disk I/O error")
            }
        }
        let logs = LogCapture()
        let store = LoggingAPOStore(FullDisk(), logger: logs.logger)
        #expect(throws: StoreError.self) { try store.save([]) }
        let line = try #require(logs.all.first)
        #expect(line.hasPrefix("error storage: a save of 0 record(s)"))
        #expect(line.contains("database or disk is full"))
    }
}

/// The companion file suffixes SQLite writes in WAL mode.
enum DatabaseFileNames {
    static let companions = ["-wal", "-shm"]
}
