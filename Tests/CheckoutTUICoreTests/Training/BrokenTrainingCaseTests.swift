import CheckoutDomain
import CheckoutTUICore
import Foundation
import Testing

/// A bad case file names the file and the field; the list shows it broken and the other cases still open.
@MainActor
@Suite
struct BrokenTrainingCaseTests {
    /// A folder of case files, written for one test.
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("training-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    /// The bundled declined-card case with `edit` applied to its JSON.
    private func variant(_ edit: (inout [String: Any]) -> Void) throws -> String {
        let url = try #require(try TrainingLibrary.load().first { $0.id == "card-declined-do-not-honor" }?.url)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        edit(&object)
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test("a missing question, an answer not among the choices and a misspelt key name the field; good cases still load")
    func brokenListed() throws {
        let noCause = try variant { object in
            object["questions"] = (object["questions"] as? [Any]).map { [$0[0], $0[2]] }
        }
        let badAnswer = try variant { object in
            var questions = object["questions"] as? [[String: Any]] ?? []
            questions[1]["answer"] = "d"
            object["questions"] = questions
        }
        let misspelt = try variant { object in
            object["tiket"] = object["ticket"]
            object["ticket"] = nil
        }
        let good = try variant { _ in }
        let dir = try folder([
            "no-cause.json": noCause, "bad-answer.json": badAnswer, "misspelt.json": misspelt, "good.json": good,
            "not-json.json": "{\"title\": ",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let entries = try TrainingLibrary.load(extraDirectory: dir.path).filter { !$0.isBundled }
        let errors = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0.error.map { "\($0)" }) })
        let path = dir.path
        #expect(errors["good"] == .some(nil))
        #expect(errors["no-cause"] == "\(path)/no-cause.json: questions has no whatHappened question (kind \"whatHappened\": what happened)")
        #expect(errors["bad-answer"] == "\(path)/bad-answer.json: questions[1].answer \"d\" is not among the choices (a, b, c)")
        #expect(
            errors["misspelt"]
                == "\(path)/misspelt.json: tiket is not a case file key (allowed: title, scenario, steps, ticket, questions); did you mean ticket?")
        #expect(errors["not-json"]??.hasPrefix("\(path)/not-json.json: is not valid JSON") == true)
    }

    @Test("steps that fail break the case when it opens, naming the step")
    func failingSteps() async throws {
        let failing = try variant { object in
            var steps = object["steps"] as? [Any] ?? []
            steps[5] = ["expectEvent": "SDK_PAYMENT_SUCCESSFUL"]
            object["steps"] = steps
        }
        let unknownStep = try variant { object in
            var steps = object["steps"] as? [Any] ?? []
            steps[2] = ["selct": "CARD"]
            object["steps"] = steps
        }
        let dir = try folder(["failing.json": failing, "unknown-step.json": unknownStep])
        defer { try? FileManager.default.removeItem(at: dir) }
        let entries = try TrainingLibrary.load(extraDirectory: dir.path).filter { !$0.isBundled }
        let cards = try SandboxTestCards.bundled()
        for entry in entries {
            #expect(entry.error == nil)
            do {
                _ = try await TrainingSituation.open(entry, locale: nil, testCards: cards, size: Size(width: 120, height: 40))
                Issue.record("\(entry.id) opened")
            } catch {
                let text = "\(error)"
                #expect(text.hasPrefix("\(entry.file): steps"), "\(text)")
                if entry.id == "failing" {
                    #expect(text.contains("steps[5] did not hold"), "\(text)")
                } else {
                    #expect(text.contains("step 3: unknown step \"selct\""), "\(text)")
                }
            }
        }
    }

    @Test("an answers file that does not fit the case names the question")
    func answersFile() throws {
        let trainingCase = try #require(try TrainingLibrary.load().first { $0.id == "card-declined-do-not-honor" }?.trainingCase)
        func problem(_ json: String) -> String? {
            do {
                _ = try TrainingAnswersFile.parse(Data(json.utf8), file: "a.json", for: trainingCase)
                return nil
            } catch {
                return "\(error)"
            }
        }
        #expect(problem(#"{"evidence": 9, "cause": "b", "action": "b"}"#) == nil)
        #expect(problem(#"{"evidence": 9, "cause": "b"}"#) == "a.json: action is missing: every question needs an answer")
        #expect(problem(#"{"evidence": 9, "cause": "z", "action": "b"}"#) == "a.json: cause \"z\" is not among the choices (a, b, c)")
        #expect(problem(#"{"evidence": "b", "cause": "b", "action": "b"}"#) == "a.json: evidence must be the number of a timeline entry (1 is the oldest)")
        #expect(problem(#"{"evidence": 9, "cause": "b", "action": "b", "extra": 1}"#)
            == "a.json: extra is not a question of case card-declined-do-not-honor (questions: evidence, cause, action)")
        #expect(problem("[1]") == "a.json: must be a JSON object of question id to answer, like {\"cause\": \"b\"}")
    }
}
