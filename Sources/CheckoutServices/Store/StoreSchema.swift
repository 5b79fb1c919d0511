import GRDB

/// The SQLite schema as GRDB migrations, applied in order; a database holding a migration this build does not
/// know was written by a newer checkout-tui.
///
/// Each table keeps the record's JSON (`APORecord.encoded()`, the one thing `loadAll` reads back) next to columns
/// for lookups with `sqlite3`: ids, status, the outbox's next attempt. Only the lookups the store itself makes are
/// indexed (each primary key, the outbox's due entries); an index is written on every save, and the ones nothing
/// read were a fifth of a session's write-ahead log and over a third of a payment's (`v2-unread-indexes-dropped`).
/// Transactions and delivery attempts stay inside their payment's and notification's JSON, which is always
/// written whole.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-records", migrate: createV1)
        migrator.registerMigration("v2-unread-indexes-dropped", migrate: dropUnreadIndexes)
        return migrator
    }

    /// The indexes v1 made for lookups the store never makes; `sqlite3` still finds rows by those columns, by a scan.
    static let unreadIndexes = [
        "session_paymentRequestId", "payment_paymentRequestId", "payment_paymentSessionId", "vaultToken_paymentId",
        "outbox_paymentRequestId", "outbox_paymentId", "activity_paymentRequestId",
    ]

    private static func dropUnreadIndexes(_ db: Database) throws {
        for index in unreadIndexes { try db.execute(sql: "DROP INDEX IF EXISTS \(index)") }
    }

    private static func createV1(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE session (
                    paymentSessionId TEXT PRIMARY KEY NOT NULL,
                    paymentRequestId TEXT NOT NULL,
                    createdAt DATETIME NOT NULL,
                    expiresAt DATETIME NOT NULL,
                    json TEXT NOT NULL);
                CREATE INDEX session_paymentRequestId ON session(paymentRequestId);

                CREATE TABLE payment (
                    paymentId TEXT PRIMARY KEY NOT NULL,
                    paymentRequestId TEXT NOT NULL,
                    paymentSessionId TEXT,
                    paymentMethodType TEXT NOT NULL,
                    status TEXT NOT NULL,
                    createdAt DATETIME NOT NULL,
                    json TEXT NOT NULL);
                CREATE INDEX payment_paymentRequestId ON payment(paymentRequestId);
                CREATE INDEX payment_paymentSessionId ON payment(paymentSessionId);


                CREATE TABLE idempotency (
                    api TEXT NOT NULL,
                    requestId TEXT NOT NULL,
                    createdAt DATETIME NOT NULL,
                    json TEXT NOT NULL,
                    PRIMARY KEY (api, requestId));

                CREATE TABLE vaultToken (
                    cardToken TEXT PRIMARY KEY NOT NULL,
                    paymentId TEXT NOT NULL,
                    createdAt DATETIME NOT NULL,
                    json TEXT NOT NULL);
                CREATE INDEX vaultToken_paymentId ON vaultToken(paymentId);

                CREATE TABLE outbox (
                    id TEXT PRIMARY KEY NOT NULL,
                    sequence INTEGER NOT NULL,
                    notifyType TEXT NOT NULL,
                    url TEXT NOT NULL,
                    paymentId TEXT,
                    paymentRequestId TEXT,
                    status TEXT NOT NULL,
                    attemptCount INTEGER NOT NULL,
                    nextAttemptAt DATETIME,
                    json TEXT NOT NULL);
                CREATE INDEX outbox_due ON outbox(status, nextAttemptAt);
                CREATE INDEX outbox_paymentRequestId ON outbox(paymentRequestId);
                CREATE INDEX outbox_paymentId ON outbox(paymentId);


                CREATE TABLE activity (
                    activityIndex INTEGER PRIMARY KEY NOT NULL,
                    time DATETIME NOT NULL,
                    kind TEXT NOT NULL,
                    name TEXT NOT NULL,
                    paymentRequestId TEXT,
                    paymentId TEXT,
                    json TEXT NOT NULL);
                CREATE INDEX activity_paymentRequestId ON activity(paymentRequestId);
                """)
    }
}
