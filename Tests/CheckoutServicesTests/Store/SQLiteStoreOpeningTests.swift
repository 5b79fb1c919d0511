import CheckoutDomain
import CheckoutServices
import Foundation
import GRDB
import Testing

/// Data directories and database files that cannot be used, with errors naming the path.
@Suite("SQLite store: opening, and what goes wrong")
struct SQLiteStoreOpeningTests {
    @Test("a missing data directory is an error unless asked to create it, then it is created owner-only")
    func missingDirectory() throws {
        let parent = try TemporaryDirectory().create()
        defer { parent.remove() }
        let directory = parent.url.appending(path: "state/checkout-tui")
        let error = try #require(throws: StoreError.self) { try SQLiteAPOStore(directory: directory) }
        #expect(error == .unavailable("the data directory \(directory.path) does not exist"))

        let store = try SQLiteAPOStore(directory: directory, creatingDirectory: true)
        #expect(try store.loadAll() == .empty)
        #expect(store.databaseURL == directory.appending(path: "checkout-tui.sqlite"))
        #expect(try TemporaryDirectory.mode(of: directory) == 0o700)
    }

    @Test("a data directory that is a file, or cannot be created, names the path")
    func notADirectory() throws {
        let parent = try TemporaryDirectory().create()
        defer { parent.remove() }
        let file = parent.url.appending(path: "file")
        try Data("x".utf8).write(to: file)
        let error = try #require(throws: StoreError.self) { try SQLiteAPOStore(directory: file) }
        #expect(error == .unavailable("the data directory \(file.path) is not a directory"))

        let below = file.appending(path: "checkout-tui")
        let creating = try #require(throws: StoreError.self) {
            try SQLiteAPOStore(directory: below, creatingDirectory: true)
        }
        #expect(creating.description.contains("cannot create the data directory \(below.path)"))
    }

    @Test("a read-only data directory is refused", .enabled(if: getuid() != 0, "root may write anywhere"))
    func readOnlyDirectory() throws {
        let directory = try TemporaryDirectory().create()
        defer { directory.remove() }
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: directory.url.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory.url.path) }
        let error = try #require(throws: StoreError.self) { try SQLiteAPOStore(directory: directory.url) }
        #expect(error == .unavailable("the data directory \(directory.url.path) is not writable"))
    }

    @Test("a file that is not a SQLite database is reported as such, and left alone")
    func notADatabase() throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let text = Data(String(repeating: "these are my notes, not a database\n", count: 40).utf8)
        try text.write(to: fixture.databaseURL)
        let error = try #require(throws: StoreError.self) { try fixture.open() }
        #expect(error == .corrupt("\(fixture.databaseURL.path) is not a SQLite database"))
        #expect(try Data(contentsOf: fixture.databaseURL) == text)
    }

    @Test("a database migrated by a newer checkout-tui is refused, naming the file and the unknown schema")
    func newerSchema() throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        _ = try fixture.open()
        let db = try DatabaseQueue(path: fixture.databaseURL.path)
        try db.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
        }
        let error = try #require(throws: StoreError.self) { try fixture.open() }
        guard case .unavailable(let reason) = error else {
            Issue.record("expected unavailable, got \(error)")
            return
        }
        #expect(reason.hasPrefix("\(fixture.databaseURL.path) was written by a newer checkout-tui"))
        #expect(reason.contains("v9-from-the-future"))
    }

    @Test("a record that no longer decodes is reported with the file, table and row")
    func corruptRow() throws {
        let fixture = try Self.store(
            withRow: "INSERT INTO vaultToken (cardToken, paymentId, createdAt, json) VALUES ('T-1', 'P-1', 0, '{}')")
        defer { fixture.remove() }
        let error = try #require(throws: StoreError.self) { try fixture.open().loadAll() }
        #expect(error.description.contains("\(fixture.databaseURL.path), table vaultToken, row T-1"))
        #expect(try Self.resumingError(fixture) == error)
    }

    @Test(
        "an idempotency record whose digest cannot be read is reported with the file, table and row on resuming",
        arguments: [
            ("pay", #"{"a":1}"#), ("pay", "not json"), ("pay", #"{"api":"createPaymentSession"}"#),
            ("createPaymentSession", "not json"),
        ])
    func corruptDigest(api: String, json: String) throws {
        let fixture = try Self.store(
            withRow: "INSERT INTO idempotency (api, requestId, createdAt, json) VALUES ('\(api)', 'R-1', 0, '\(json)')")
        defer { fixture.remove() }
        let path = fixture.databaseURL.path
        #expect(
            try Self.resumingError(fixture)
                == .corrupt("\(path), table idempotency, row \(api):R-1: no requestDigest in its JSON"))
    }

    /// A new store with one row written behind its back, as damage or another program would write it.
    private static func store(withRow sql: String) throws -> StoreDirectoryFixture {
        let fixture = try StoreDirectoryFixture()
        _ = try fixture.open()
        try DatabaseQueue(path: fixture.databaseURL.path).write { try $0.execute(sql: sql) }
        return fixture
    }

    /// What a mock resuming from the store is told.
    private static func resumingError(_ fixture: StoreDirectoryFixture) throws -> StoreError {
        try #require(throws: StoreError.self) { try fixture.open().forEachResumedRecord(newestActivity: 10) { _ in } }
    }

    @Test("the default data directory follows XDG_STATE_HOME, else ~/.local/state")
    func defaultDirectory() {
        #expect(
            StoreDirectory.defaultURL(environment: ["XDG_STATE_HOME": "/var/state", "HOME": "/home/ann"]).path
                == "/var/state/checkout-tui")
        #expect(
            StoreDirectory.defaultURL(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/ann"]).path
                == "/home/ann/.local/state/checkout-tui")
        #expect(
            StoreDirectory.defaultURL(environment: ["XDG_STATE_HOME": "", "HOME": "/home/ann"]).path
                == "/home/ann/.local/state/checkout-tui")
    }
}
