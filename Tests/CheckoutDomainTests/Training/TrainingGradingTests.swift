import CheckoutDomain
import Foundation
import Testing

/// The training rules as a pure reducer: the way through a case, grading, the score and the progress kept.
@Suite
struct TrainingGradingTests {
    static let trainingCase = TrainingCase(
        id: "declined", title: LocalizedText(["en_US": "Declined"]), scenario: .named("sg-card-first-payment"), steps: [],
        ticket: TrainingTicket(from: .buyer, text: LocalizedText(["en_US": "My card was refused."])),
        questions: [
            TrainingQuestion(
                id: "evidence", kind: .evidence, prompt: nil, choices: nil,
                answer: .evidence(EvidenceMatch(event: "SDK_PAYMENT_FAIL", resultCode: "DO_NOT_HONOR")),
                why: LocalizedText(["en_US": "The event carries DO_NOT_HONOR."])),
            TrainingQuestion(
                id: "cause", kind: .whatHappened, prompt: nil,
                choices: [
                    TrainingChoice(id: "a", text: LocalizedText(["en_US": "The shop blocked the buyer."])),
                    TrainingChoice(id: "b", text: LocalizedText(["en_US": "The bank declined."])),
                ],
                answer: .choice("b"), why: LocalizedText(["en_US": "DO_NOT_HONOR is the bank's."])),
        ])

    static let failEvent = EvidenceFacts(source: "SDK", title: "SDK_PAYMENT_FAIL", resultStatus: "F", resultCode: "DO_NOT_HONOR")

    @Test("ticket, investigation, each question and its feedback, then the case's result once")
    func wayThrough() {
        var session = TrainingSession(trainingCase: Self.trainingCase)
        #expect(session.phase == .ticket)
        #expect(Training.reduce(&session, .ticketClosed).isEmpty)
        #expect(session.phase == .investigating)
        _ = Training.reduce(&session, .questionOpened)
        #expect(session.phase == .question(0))
        _ = Training.reduce(&session, .questionClosed)
        #expect(session.phase == .investigating)
        _ = Training.reduce(&session, .questionOpened)
        _ = Training.reduce(&session, .answered(.entry(number: 9, facts: Self.failEvent)))
        #expect(session.phase == .feedback(0))
        #expect(session.verdicts.map(\.isRight) == [true])
        #expect(Training.reduce(&session, .feedbackRead).isEmpty)
        #expect(session.phase == .question(1))
        _ = Training.reduce(&session, .answered(.choice("a")))
        let effects = Training.reduce(&session, .feedbackRead)
        #expect(session.phase == .finished)
        let result = TrainingCaseResult(caseID: "declined", right: 1, total: 2, verdicts: session.verdicts)
        #expect(effects == [.caseFinished(result)])
        #expect(!result.passed)
        // Answers that arrive out of turn change nothing.
        #expect(Training.reduce(&session, .answered(.choice("b"))).isEmpty)
        #expect(session.verdicts.count == 2)
    }

    @Test("an evidence answer is right when the picked entry has every property the case names")
    func evidence() {
        let question = Self.trainingCase.questions[0]
        #expect(Training.grade(question, .entry(number: 9, facts: Self.failEvent)).isRight)
        var otherCode = Self.failEvent
        otherCode.resultCode = "INVALID_CVV"
        #expect(!Training.grade(question, .entry(number: 9, facts: otherCode)).isRight)
        let inquiry = EvidenceFacts(source: "API", title: "SDK_PAYMENT_FAIL", resultCode: "DO_NOT_HONOR")
        #expect(!Training.grade(question, .entry(number: 3, facts: inquiry)).isRight)
        let missing = Training.grade(question, .entry(number: 40, facts: nil))
        #expect(!missing.isRight && missing.problem == "the timeline has no entry 40")
        #expect(missing.rightAnswer == "event SDK_PAYMENT_FAIL, resultCode DO_NOT_HONOR")
        #expect(Training.grade(question, .choice("a")).problem == "the question asks for a timeline entry's number, not a choice")
    }

    @Test("a choice is right only when it is the key; one the question lacks says so")
    func choice() {
        let question = Self.trainingCase.questions[1]
        #expect(Training.grade(question, .choice("b")).isRight)
        #expect(!Training.grade(question, .choice("a")).isRight)
        #expect(Training.grade(question, .choice("z")).problem == "there is no choice \"z\" (choices: a, b)")
    }

    @Test("notifications match on notifyType and ack; calls on the API's name")
    func matches() {
        let attempt = EvidenceFacts(
            source: "NTF", title: "notifyPayment", resultStatus: "S", resultCode: "SUCCESS", notifyType: "PAYMENT_RESULT",
            acked: false)
        #expect(EvidenceMatch(notification: "PAYMENT_RESULT", acked: false).matches(attempt))
        #expect(!EvidenceMatch(notification: "PAYMENT_RESULT", acked: true).matches(attempt))
        #expect(!EvidenceMatch(notification: "REFUND_RESULT").matches(attempt))
        let capture = EvidenceFacts(source: "API", title: "capture", resultStatus: "F", resultCode: "ORDER_STATUS_INVALID")
        #expect(EvidenceMatch(api: "capture", resultStatus: "F").matches(capture))
        #expect(!EvidenceMatch(api: "refund").matches(capture))
        #expect(EvidenceMatch(api: "submitPayment").matches(EvidenceFacts(source: "CKP", title: "submitPayment")))
    }

    @Test("progress keeps attempts, the best score and the latest answers")
    func progress() {
        var progress = TrainingProgress()
        let first = TrainingCaseResult(caseID: "declined", right: 2, total: 2, verdicts: [])
        let second = TrainingCaseResult(caseID: "declined", right: 1, total: 2, verdicts: [])
        progress.record(first, at: Date(timeIntervalSince1970: 0))
        progress.record(second, at: Date(timeIntervalSince1970: 60))
        let kept = progress.cases["declined"]
        #expect(kept?.attempts == 2 && kept?.bestRight == 2 && kept?.last == second)
        #expect(kept?.lastAt == "1970-01-01T00:01:00Z" || kept?.lastAt.hasPrefix("1970-01-01T00:01:00") == true)
        #expect(progress.solved == 1)
    }

    @Test("texts follow the session's locale, then the same language, then en_US")
    func localized() {
        let text = LocalizedText(["en_US": "Hello", "pt_BR": "Olá"])
        #expect(text.text(for: "pt_BR") == "Olá")
        #expect(text.text(for: "pt-PT") == "Olá")
        #expect(text.text(for: "ja_JP") == "Hello")
        #expect(text.missing(among: ["en_US", "pt_BR", "ja_JP"]) == ["ja_JP"])
    }
}
