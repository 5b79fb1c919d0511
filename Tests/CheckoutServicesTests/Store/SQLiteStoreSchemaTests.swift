import CheckoutDomain
@testable import CheckoutServices
import Foundation
import GRDB
import Testing

/// The schema's migrations: which indexes a store keeps, and a database written before the last migration.
@Suite("SQLite store: schema")
struct SQLiteStoreSchemaTests {
    @Test("a new store indexes only what the store itself looks up: each primary key and the outbox's due entries")
    func indexes() throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        _ = try fixture.open()
        #expect(try Self.namedIndexes(fixture) == ["outbox_due"])
    }

    @Test("a database from before v2 keeps every record and loses the indexes nothing read")
    func fromV1() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let memory = try await SQLiteStoreRoundTripTests.recordsOfAFullFlow()
        try fixture.open().save(memory.allRecords())
        // Back to what v1 left: its indexes (each named table_column) and no record of v2.
        try await DatabaseQueue(path: fixture.databaseURL.path).write { db in
            for index in StoreSchema.unreadIndexes {
                let parts = index.split(separator: "_")
                try db.execute(sql: "CREATE INDEX \(index) ON \(parts[0])(\(parts[1]))")
            }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v2-unread-indexes-dropped'")
        }
        #expect(try Self.namedIndexes(fixture).count == StoreSchema.unreadIndexes.count + 1)

        #expect(try fixture.open().loadAll() == memory.loadAll())
        #expect(try Self.namedIndexes(fixture) == ["outbox_due"])
        let applied = try await DatabaseQueue(path: fixture.databaseURL.path).read { db in
            try StoreSchema.migrator.appliedIdentifiers(db)
        }
        #expect(applied == ["v1-records", "v2-unread-indexes-dropped"])
    }

    /// The indexes the schema names (SQLite's own, for primary keys, are left out), sorted.
    private static func namedIndexes(_ fixture: StoreDirectoryFixture) throws -> [String] {
        try DatabaseQueue(path: fixture.databaseURL.path).read { db in
            try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        }
    }
}
