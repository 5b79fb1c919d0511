import CheckoutDomain
import CheckoutTUICore
import Foundation
import Testing

/// Every bundled case, as `checkout-tui train play` runs it: its situation sets up, its right answers
/// (Answers/<case>.json) all pass, and a wrong answer to any question fails.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct BundledTrainingCasesTests {
    nonisolated static let answers = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Answers")

    nonisolated static var caseIDs: [String] {
        ((try? TrainingLibrary.load()) ?? []).map(\.id)
    }

    /// Situations set up so far in this process: each case's steps run once, however many tests read it (every
    /// setup runs on the main actor, which the whole suite run shares).
    static var situations: [String: TrainingSituation] = [:]

    /// The bundled case `id` set up in its scenario's locale.
    static func situation(_ id: String) async throws -> TrainingSituation {
        if let situation = situations[id] { return situation }
        let entry = try #require(try TrainingLibrary.load().first { $0.id == id })
        let situation = try await TrainingSituation.open(
            entry, locale: nil, testCards: try SandboxTestCards.bundled(), size: Size(width: 120, height: 40))
        situations[id] = situation
        return situation
    }

    @Test("every issue-14 situation is bundled and every case loads")
    func bundledCases() throws {
        let entries = try TrainingLibrary.load()
        #expect(entries.count >= 12)
        for entry in entries {
            #expect(entry.error == nil, "\(entry.error.map { "\($0)" } ?? "")")
        }
        let answerFiles = try FileManager.default.contentsOfDirectory(atPath: Self.answers.path)
            .map { String($0.dropLast(".json".count)) }
        #expect(Set(answerFiles) == Set(entries.map(\.id)))
    }

    @Test("every case text is written in every locale", arguments: caseIDs)
    func translated(id: String) throws {
        let locales = try Strings.bundled().locales
        let trainingCase = try #require(try TrainingLibrary.load().first { $0.id == id }?.trainingCase)
        var texts: [(String, LocalizedText)] = [("title", trainingCase.title), ("ticket.text", trainingCase.ticket.text)]
        for (index, question) in trainingCase.questions.enumerated() {
            texts.append(("questions[\(index)].why", question.why))
            if let prompt = question.prompt { texts.append(("questions[\(index)].prompt", prompt)) }
            for (choiceIndex, choice) in (question.choices ?? []).enumerated() {
                texts.append(("questions[\(index)].choices[\(choiceIndex)].text", choice.text))
            }
        }
        for (field, text) in texts {
            #expect(text.missing(among: locales).isEmpty, "\(id): \(field) has no text for \(text.missing(among: locales))")
        }
    }

    @Test("right answers pass, a wrong one fails", arguments: caseIDs)
    func play(id: String) async throws {
        let situation = try await Self.situation(id)
        let file = Self.answers.appendingPathComponent("\(id).json")
        let right = try TrainingAnswersFile.parse(Data(contentsOf: file), file: file.path, for: situation.trainingCase)
        let report = TrainingPlay.play(situation, answers: right)
        #expect(report.passed, "\(report.summary)")
        #expect(report.right == report.total && report.total == situation.trainingCase.questions.count)

        for question in situation.trainingCase.questions {
            var wrong = right
            switch right[question.id] {
            case .entry(let number)?: wrong[question.id] = .entry(number == 1 ? 2 : 1)
            case .choice(let id)?:
                let other = try #require(question.choices?.first { $0.id != id }?.id)
                wrong[question.id] = .choice(other)
            case nil: Issue.record("\(id): no answer for \(question.id)")
            }
            let failed = TrainingPlay.play(situation, answers: wrong)
            #expect(!failed.passed && failed.right == failed.total - 1, "\(id): wrong \(question.id) still passed")
            let verdict = try #require(failed.verdicts.first { $0.questionID == question.id })
            #expect(!verdict.isRight)
        }
    }

    @Test("the feedback says why and names the explanation it rests on, with no internal file names")
    func feedback() async throws {
        // The case's scenario speaks en_US.
        let situation = try await Self.situation("card-declined-do-not-honor")
        let report = TrainingPlay.play(situation, answers: ["evidence": .entry(1), "cause": .choice("a"), "action": .choice("b")])
        #expect(report.right == 1)
        let evidence = report.feedback[0]
        #expect(evidence.verdict == "Wrong")
        #expect(evidence.yourAnswer == "Your answer: entry 1: API createPaymentSession · PAY_SG_FIRST_0001 · S SUCCESS")
        #expect(evidence.rightAnswer.hasPrefix("Right answer: entry 9: SDK SDK_PAYMENT_FAIL · F · DO_NOT_HONOR"))
        #expect(evidence.why.contains("DO_NOT_HONOR"))
        #expect(evidence.restsOn?.hasPrefix("Payment failed (DO_NOT_HONOR)") == true)
        let sources = try #require(evidence.sources)
        #expect(!sources.contains("seed") && !sources.contains("DECISIONS") && !sources.contains(".md"), "\(sources)")
        // No card number reaches anything written out.
        #expect(!report.json.contains("4054695723100768"))
    }

    @Test("the ticket and questions come in the session's locale")
    func locale() async throws {
        let situation = try await Self.situation("konbini-voucher-unpaid")
        let report = TrainingPlay.play(situation, answers: ["evidence": .entry(11), "cause": .choice("c"), "action": .choice("a")])
        #expect(report.locale == "ja_JP")
        #expect(report.ticket.hasPrefix("先週コンビニ払いを選びましたが"))
        #expect(report.feedback[1].prompt == "何が起きましたか？")
        // The explanation the feedback rests on is Japanese too, not the knowledge base's English.
        #expect(report.feedback[0].restsOn?.hasPrefix("お支払い失敗（通知）（ORDER_IS_CLOSED）：お支払いの期限切れ") == true, "\(report.feedback[0])")
        #expect(report.passed)
    }
}
