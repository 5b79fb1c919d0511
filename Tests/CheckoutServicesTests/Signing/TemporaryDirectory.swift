import Foundation

/// A fresh directory under the system temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let url = FileManager.default.temporaryDirectory.appending(path: "signing-tests-\(UUID().uuidString)")

    /// Creates the directory itself; some tests want it missing.
    func create() throws -> TemporaryDirectory {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return self
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// Permission bits of a file or directory inside (or equal to) the temporary directory.
    static func mode(of url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
    }
}
