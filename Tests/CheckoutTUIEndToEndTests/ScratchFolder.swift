import Foundation

/// A fresh folder under the system temporary directory for one test, removed when the test's suite value goes
/// away: a suite that makes its folder in `init` has no other place to remove it. (A test that makes its own
/// folder removes it with `defer`: a local reference may be released after its last use.)
final class ScratchFolder: Sendable {
    let url: URL

    init(_ prefix: String) throws {
        url = FileManager.default.temporaryDirectory.appending(path: "\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
