import CheckoutDomain
import Foundation

/// Where the SQLite store lives: the default data directory and the checks made before SQLite opens it.
public enum StoreDirectory {
    /// The database file inside the data directory.
    public static let databaseFileName = "checkout-tui.sqlite"

    /// `$XDG_STATE_HOME/checkout-tui`, or `~/.local/state/checkout-tui` when XDG_STATE_HOME is unset, empty or
    /// relative (the XDG spec says relative paths must be ignored). Payments and the outbox are state, not cache
    /// or configuration, hence the state directory.
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(filePath: state, directoryHint: .isDirectory).appending(path: "checkout-tui")
        }
        let home =
            environment["HOME"].flatMap { $0.hasPrefix("/") ? URL(filePath: $0, directoryHint: .isDirectory) : nil }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appending(path: ".local/state/checkout-tui")
    }

    /// Makes sure `directory` exists (creating it, owner-only, when `create` is set) and can hold the database
    /// and its WAL files, so the error names the directory rather than an SQLite code.
    static func prepare(_ directory: URL, create: Bool) throws(StoreError) {
        let path = directory.path
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard create else { throw .unavailable("the data directory \(path) does not exist") }
            do {
                try FileManager.default.createDirectory(
                    at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .unavailable("cannot create the data directory \(path): \(error.localizedDescription)")
            }
            return
        }
        guard isDirectory.boolValue else { throw .unavailable("the data directory \(path) is not a directory") }
        // SQLite creates the -wal and -shm files next to the database, so the directory itself must be writable.
        guard access(path, W_OK | X_OK) == 0 else {
            throw .unavailable("the data directory \(path) is not writable")
        }
    }
}
