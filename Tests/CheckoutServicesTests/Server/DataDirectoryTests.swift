import CheckoutServices
import Foundation
import Testing

/// `serve --data-dir`: created when missing, refused with its path named when it cannot be used.
@Suite struct DataDirectoryTests {
    @Test func createsMissingDirectory() throws {
        let temporary = TemporaryDirectory()
        defer { temporary.remove() }
        let directory = temporary.url.appending(path: "a/b")
        try DataDirectory.prepare(directory)
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory))
        #expect(isDirectory.boolValue)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty, "the probe is removed")
    }

    @Test func refusesAFile() throws {
        let temporary = try TemporaryDirectory().create()
        defer { temporary.remove() }
        let file = temporary.url.appending(path: "file")
        try Data("x".utf8).write(to: file)
        #expect(throws: DataDirectoryError.notADirectory(path: file.path)) { try DataDirectory.prepare(file) }
        let below = file.appending(path: "sub")
        #expect {
            try DataDirectory.prepare(below)
        } throws: { error in
            guard case DataDirectoryError.cannotCreate(let path, _) = error else { return false }
            return path == below.path && "\(error)".contains(below.path)
        }
    }

    #if os(Linux)
    @Test("a directory nobody can write in, not even root (procfs), is refused by a real write probe")
    func refusesUnwritable() {
        #expect(throws: DataDirectoryError.notWritable(path: "/proc")) { try DataDirectory.prepare(URL(fileURLWithPath: "/proc")) }
    }
    #endif
}
