import Foundation
import Testing

/// The suites that make a folder in `init` leave nothing behind: hundreds of `cli-` and `train-` folders were
/// left in the temporary directory by every run before.
@Suite("Scratch folders")
struct ScratchFolderTests {
    @Test("a scratch folder and what is in it are gone once nothing holds it")
    func removedWhenReleased() throws {
        var folder: ScratchFolder? = try ScratchFolder("scratch-test")
        let url = try #require(folder?.url)
        try FileManager.default.createDirectory(at: url.appending(path: "state"), withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: url.appending(path: "state/progress.json"))
        #expect(FileManager.default.fileExists(atPath: url.path))
        folder = nil
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }
}
