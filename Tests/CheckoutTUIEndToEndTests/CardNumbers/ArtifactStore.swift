import Foundation
import GRDB

/// Everything a run left behind, by name, for the card-number scan: files as they are on disk, and texts the test
/// captured (screens, printed output).
///
/// SQLite's files are scanned twice. Their bytes, for the test cards only: SQLite cuts a record longer than a page
/// into pieces, each after a 4-byte page number, so a 37-digit paymentId can leave a piece of 13–19 digits
/// standing alone that passes the Luhn check one time in ten (with 1 KiB pages nearly every record is cut). And the
/// text of every cell, read through SQLite, whole, for everything the scan looks for.
final class ArtifactStore {
    private(set) var artifacts: [(name: String, bytes: [UInt8], scope: CardNumberScan.Scope)] = []

    func add(_ name: String, text: String) {
        artifacts.append((name, Array(text.utf8), .everything))
    }

    /// The file's bytes now; a missing file is a test failure, since then nothing was checked.
    func add(file: URL, as name: String? = nil) throws {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw E2EError("\(file.path) was expected to exist")
        }
        let name = name ?? file.lastPathComponent
        let sqlite = [".sqlite", ".sqlite-wal", ".sqlite-shm"].contains { name.hasSuffix($0) }
        artifacts.append((name, Array(data), sqlite ? .testCards : .everything))
        if name.hasSuffix(".sqlite") { add("\(name) (its cells, read through SQLite)", text: try Self.cells(of: file)) }
    }

    /// Every text and number in every table of the database at `file` (with its write-ahead log, if one is
    /// beside it), one per line, opened read-only.
    static func cells(of file: URL) throws -> String {
        var configuration = Configuration()
        configuration.readonly = true
        let database = try DatabaseQueue(path: file.path, configuration: configuration)
        defer { try? database.close() }
        return try database.read { db in
            var lines: [String] = []
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            for table in tables {
                let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)")
                while let row = try rows.next() {
                    for value in row.databaseValues {
                        switch value.storage {
                        case .string(let text): lines.append(text)
                        case .int64(let number): lines.append(String(number))
                        case .blob(let data): lines.append(String(decoding: data, as: UTF8.self))
                        case .double, .null: break
                        }
                    }
                }
            }
            return lines.joined(separator: "\n")
        }
    }

    /// Every regular file under `directory`, named by `prefix` and its path below the directory.
    func add(directory: URL, prefix: String) throws {
        let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
        for file in files ?? [] {
            try add(file: file, as: "\(prefix)/\(file.path.dropFirst(directory.path.count + 1))")
        }
    }

    /// The frames of an asciicast as plain text: each event's data decoded from JSON and its escape sequences taken
    /// out, so digits split by colour changes are adjacent again.
    func add(castFramesOf file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let frames = text.split(separator: "\n").dropFirst().compactMap { line -> String? in
            guard let event = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any], event.count == 3 else {
                return nil
            }
            return event[2] as? String
        }
        // A colour change inside a row joins what is on either side; a cursor move starts somewhere else.
        let plain = frames.joined(separator: "\n")
            .replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "\n", options: .regularExpression)
        add("\(file.lastPathComponent) (frames as text)", text: plain)
    }

    func hits(_ scan: CardNumberScan) -> [CardNumberScan.Hit] {
        artifacts.flatMap { scan.hits(in: $0.bytes, artifact: $0.name, scope: $0.scope) }
    }
}
