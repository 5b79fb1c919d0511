import CheckoutDomain
import Foundation

/// The checks and permissions of the database file itself, before and after SQLite opens it.
///
/// SQLite takes a 0-byte file for a new, empty database and reads a truncated one until the missing pages are
/// needed, so both would quietly start a server with no records or fail at the first payment. Records hold
/// masked cards and buyers' details, so the file and its WAL and shared-memory companions are owner-only (0600)
/// whatever the umask and directory.
enum DatabaseFile {
    /// The files SQLite keeps beside the database in WAL mode.
    static let companions = ["-wal", "-shm"]

    /// Refuses an existing file that is empty or shorter than its own header says; creates a missing one 0600.
    static func prepare(_ url: URL) throws(StoreError) {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else {
            try createOwnerOnly(path)
            return
        }
        let size: Int
        let header: [UInt8]
        do {
            size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            header = [UInt8](try handle.read(upToCount: 100) ?? Data())
        } catch {
            throw .unavailable("cannot read \(path): \((error as NSError).localizedDescription)")
        }
        guard size > 0 else {
            throw .corrupt(
                "\(path) is empty (0 bytes), so it holds no records: if you meant to start afresh, delete it; "
                    + "otherwise restore it from a backup")
        }
        // Not a SQLite file at all: SQLite says so itself (SQLITE_NOTADB), naming the file.
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else { return }
        let pageSize = header[16] == 0 && header[17] == 1 ? 65_536 : Int(header[16]) << 8 | Int(header[17])
        let pages = header[28...31].reduce(0) { $0 << 8 | Int($1) }
        // With a WAL waiting to be replayed the header may be ahead of the file (a checkpoint cut short); SQLite
        // completes it on open, so only a file without one is held to its header's page count.
        let walWaits = ((try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size]) as? Int ?? 0) > 0
        let countIsValid = header[24...27].elementsEqual(header[92...95]) && !walWaits
        if pageSize >= 512, size % pageSize != 0 || (countIsValid && size < pages * pageSize) {
            throw .corrupt(
                "\(path) is truncated (\(size) bytes, but its header describes \(pages) pages of \(pageSize) bytes): "
                    + "restore it from a backup, or delete it to start afresh")
        }
    }

    /// Makes the database and its companions owner-only, whatever mode they were created or left with.
    static func restrict(_ url: URL) throws(StoreError) {
        for path in [url.path] + companions.map({ url.path + $0 }) {
            guard chmod(path, 0o600) == 0 || errno == ENOENT else {
                throw .unavailable("cannot make \(path) owner-only (0600): \(String(cString: strerror(errno)))")
            }
        }
    }

    private static func createOwnerOnly(_ path: String) throws(StoreError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw .unavailable("cannot create \(path): \(String(cString: strerror(errno)))")
        }
        close(descriptor)
    }
}
