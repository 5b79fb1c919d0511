import Foundation

/// The directory `serve --data-dir` keeps its records in, checked before the server starts.
public enum DataDirectory {
    /// Creates `directory` (mode 0700, parents included) if it is missing, then proves it writable by creating
    /// and removing a probe file. Permission bits alone do not tell (root ignores them, read-only mounts do
    /// not show in them), and a store that cannot write would otherwise fail at the first payment.
    public static func prepare(_ directory: URL) throws(DataDirectoryError) {
        let path = directory.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notADirectory(path: path) }
        } else {
            try create(directory)
        }
        let probe = directory.appending(path: ".checkout-tui-write-probe-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: probe.path, contents: Data()) else {
            throw .notWritable(path: path)
        }
        try? FileManager.default.removeItem(at: probe)
    }

    /// `mkdir -p` with mode 0700, one level at a time through POSIX so a failure names its errno
    /// ("Not a directory", "Permission denied") rather than Foundation's generic wording.
    private static func create(_ directory: URL) throws(DataDirectoryError) {
        var current = directory.path.hasPrefix("/") ? "" : FileManager.default.currentDirectoryPath
        for component in directory.standardizedFileURL.pathComponents where component != "/" {
            current += "/" + component
            if mkdir(current, 0o700) != 0, errno != EEXIST {
                throw .cannotCreate(path: directory.path, reason: "\(current): \(String(cString: strerror(errno)))")
            }
        }
    }
}

/// Why the data directory cannot be used; names the path.
public enum DataDirectoryError: Error, Sendable, Equatable, CustomStringConvertible {
    case notADirectory(path: String)
    case cannotCreate(path: String, reason: String)
    case notWritable(path: String)

    public var description: String {
        switch self {
        case .notADirectory(let path): "data directory \(path) exists but is not a directory"
        case .cannotCreate(let path, let reason): "cannot create data directory \(path): \(reason)"
        case .notWritable(let path): "data directory \(path) is not writable"
        }
    }
}
