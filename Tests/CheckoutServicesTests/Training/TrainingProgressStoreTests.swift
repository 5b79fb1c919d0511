import CheckoutDomain
import CheckoutServices
import Foundation
import Testing

/// Progress lives under the XDG state directory, survives a restart, and a damaged file is reported, never
/// overwritten.
@Suite
struct TrainingProgressStoreTests {

    @Test("XDG_STATE_HOME when absolute, else ~/.local/state")
    func location() throws {
        let xdg = try TrainingProgressStore.standard(environment: ["XDG_STATE_HOME": "/srv/state", "HOME": "/home/t"])
        #expect(xdg.url.path == "/srv/state/checkout-tui/training-progress.json")
        let relative = try TrainingProgressStore.standard(environment: ["XDG_STATE_HOME": "state", "HOME": "/home/t"])
        #expect(relative.url.path == "/home/t/.local/state/checkout-tui/training-progress.json")
        #expect(throws: TrainingProgressError.noStateDirectory) { try TrainingProgressStore.standard(environment: [:]) }
    }

    @Test("a finished case is kept across loads")
    func roundTrip() throws {
        let temporary = try TemporaryDirectory().create()
        defer { temporary.remove() }
        let dir = temporary.url
        let store = try TrainingProgressStore.standard(environment: ["XDG_STATE_HOME": dir.path])
        #expect(try store.load() == TrainingProgress())
        let result = TrainingCaseResult(
            caseID: "partial-refund", right: 2, total: 3,
            verdicts: [TrainingVerdict(questionID: "cause", answer: "a", isRight: false, rightAnswer: "c", problem: nil)])
        _ = try store.record(result, at: Date(timeIntervalSince1970: 1_767_225_600))
        let reloaded = try TrainingProgressStore(url: store.url).load()
        #expect(reloaded.cases["partial-refund"]?.last == result)
        #expect(reloaded.cases["partial-refund"]?.attempts == 1)
    }

    @Test("a damaged progress file is an error naming it, and stays as it was")
    func damaged() throws {
        let temporary = try TemporaryDirectory().create()
        defer { temporary.remove() }
        let dir = temporary.url
        let store = try TrainingProgressStore.standard(environment: ["XDG_STATE_HOME": dir.path])
        try FileManager.default.createDirectory(at: store.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{not json".utf8).write(to: store.url)
        #expect(throws: TrainingProgressError.self) { try store.load() }
        do {
            _ = try store.record(TrainingCaseResult(caseID: "x", right: 1, total: 1, verdicts: []), at: Date())
            Issue.record("recorded over a damaged file")
        } catch {
            #expect("\(error)".hasPrefix("\(store.url.path): training progress cannot be read"))
        }
        #expect(try String(contentsOf: store.url, encoding: .utf8) == "{not json")
    }
}
