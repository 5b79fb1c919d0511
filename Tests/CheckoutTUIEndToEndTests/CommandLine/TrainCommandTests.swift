import Foundation
import Testing

/// `checkout-tui train` with the real binary: every bundled case passes `train play` with its right answers (exit
/// 0) and fails with a wrong one (exit 1); bad files are exit 2 naming the file and field; progress and the list.
@Suite("train command", .timeLimit(.minutes(6)))
struct TrainCommandTests {
    private let binary: String
    private let scratch: ScratchFolder
    private var directory: URL { scratch.url }
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let answers = root.appendingPathComponent("Tests/CheckoutTUICoreTests/Training/Answers")

    static var caseIDs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("assets/training").path)) ?? [])
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(".json".count)) }.sorted()
    }

    init() throws {
        binary = try BuiltBinary.path()
        scratch = try ScratchFolder("train")
    }

    private func run(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = directory.appendingPathComponent("state").path
        return try await Subprocess.run(binary, arguments, environment: environment)
    }

    private func file(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("every bundled case: exit 0 with its right answers, exit 1 with a wrong one", arguments: caseIDs)
    func play(id: String) async throws {
        let right = Self.answers.appendingPathComponent("\(id).json").path
        let passed = try await run(["train", "play", id, "--answers", right, "--locale", "en_US"])
        #expect(passed.status == 0, "\(passed.output)")
        #expect(passed.output.contains("score 3/3"), "\(passed.output)")

        var answers = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: right))) as? [String: Any])
        let cause = try #require(answers["cause"] as? String)
        answers["cause"] = cause == "a" ? "b" : "a"
        let wrong = try file("\(id)-wrong.json", String(decoding: try JSONSerialization.data(withJSONObject: answers), as: UTF8.self))
        let report = directory.appendingPathComponent("\(id)-report.json").path
        let failed = try await run(["train", "play", id, "--answers", wrong, "--report", report, "--locale", "en_US"])
        #expect(failed.status == 1, "\(failed.output)")
        #expect(failed.output.contains("WRONG  cause: What happened?"), "\(failed.output)")
        let written = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        #expect(written["passed"] as? Bool == false && written["right"] as? Int == 2)
        #expect(!String(decoding: try Data(contentsOf: URL(fileURLWithPath: report)), as: UTF8.self).contains("4054695723100768"))
    }

    @Test("a bad answers file or an unknown case is exit 2, naming the file and field")
    func badInput() async throws {
        let missing = try file("missing.json", #"{"evidence": 9, "cause": "b"}"#)
        let result = try await run(["train", "play", "card-declined-do-not-honor", "--answers", missing])
        #expect(result.status == 2)
        #expect(result.output.contains("\(missing): action is missing: every question needs an answer"), "\(result.output)")
        let unknown = try await run(["train", "play", "card-declined-do-not-honr", "--answers", missing])
        #expect(unknown.status == 2)
        #expect(unknown.output.contains("no case named 'card-declined-do-not-honr' (did you mean card-declined-do-not-honor?)"), "\(unknown.output)")
    }

    @Test("--list shows a broken case with its reason and the others; --progress and --report start empty")
    func listAndProgress() async throws {
        let cases = directory.appendingPathComponent("cases")
        try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
        try Data(#"{"title": {"en_US": "x"}}"#.utf8).write(to: cases.appendingPathComponent("mine.json"))
        let listed = try await run(["train", "--list", "--cases", cases.path])
        #expect(listed.status == 0)
        #expect(listed.output.contains("broken  \(cases.path)/mine.json: scenario is required"), "\(listed.output)")
        #expect(listed.output.contains("card-3ds-failed"))

        let progress = try await run(["train", "--progress"])
        #expect(progress.status == 0 && progress.output.contains("No training progress yet"), "\(progress.output)")
        // What a trainee reads is in the session's language.
        let japanese = try await run(["train", "--progress", "--locale", "ja_JP"])
        #expect(japanese.status == 0 && japanese.output.contains("トレーニングの進捗はまだありません"), "\(japanese.output)")
        let polish = try await run(["train", "--list", "--locale", "pl_PL"])
        #expect(polish.output.contains("nowy") && !polish.output.contains(" new "), "\(polish.output)")
        let report = directory.appendingPathComponent("progress.json").path
        #expect(try await run(["train", "--report", report]).status == 0)
        let written = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        #expect(written["version"] as? Int == 1)
    }
}
