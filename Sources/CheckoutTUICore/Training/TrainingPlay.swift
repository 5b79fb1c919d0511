import CheckoutDomain
import Foundation

/// `checkout-tui train play`: a case's situation answered from a file, through the same grading reducer the
/// TUI drives, with the feedback a trainee would read.
@MainActor
public enum TrainingPlay {
    public static func play(_ situation: TrainingSituation, answers: [String: TrainingAnswerValue]) -> TrainingPlayReport {
        let text = TrainingText(trainingCase: situation.trainingCase, app: situation.session.app)
        var session = TrainingSession(trainingCase: situation.trainingCase)
        var effects = Training.reduce(&session, .ticketClosed)
        var feedback: [TrainingFeedback] = []
        for question in situation.trainingCase.questions {
            effects += Training.reduce(&session, .questionOpened)
            let value = answers[question.id] ?? .choice("")
            effects += Training.reduce(&session, .answered(text.answer(value)))
            if let verdict = session.verdicts.last { feedback.append(text.feedback(question, verdict)) }
            effects += Training.reduce(&session, .feedbackRead)
        }
        let result = effects.compactMap { effect -> TrainingCaseResult? in
            if case .caseFinished(let result) = effect { return result }
            return nil
        }.last ?? session.result
        let redactor = situation.redactor
        return TrainingPlayReport(
            caseID: situation.trainingCase.id, title: text.title, locale: text.locale, ticket: text.ticket,
            passed: result.passed, right: result.right, total: result.total, verdicts: result.verdicts,
            feedback: feedback,
            timeline: situation.session.app.state.timeline.entries.enumerated().map { index, entry in
                redactor.redact(text.entry(index + 1))
            })
    }
}

/// What `train play --report` writes: the score, each verdict and its feedback, and the numbered timeline the
/// evidence answer refers to.
public struct TrainingPlayReport: Codable, Equatable, Sendable {
    public var caseID: String
    public var title: String
    public var locale: String
    public var ticket: String
    public var passed: Bool
    public var right: Int
    public var total: Int
    public var verdicts: [TrainingVerdict]
    public var feedback: [TrainingFeedback]
    /// `entry 1: API createPaymentSession · …`, in order.
    public var timeline: [String]

    /// Sorted keys, pretty, for files.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The printed outcome: one line per answer with why, then the score.
    public var summary: String {
        var lines = ["\(caseID): \(title)"]
        for (verdict, said) in zip(verdicts, feedback) {
            lines.append("\(verdict.isRight ? "RIGHT" : "WRONG")  \(verdict.questionID): \(said.prompt)")
            lines.append("       \(said.yourAnswer)")
            if !verdict.isRight { lines.append("       \(said.rightAnswer)") }
            lines.append("       \(said.whyHeading): \(said.why)")
        }
        if let restsOn = feedback.first?.restsOn {
            lines.append("\(feedback[0].restsOnHeading): \(restsOn)")
            if let sources = feedback.first?.sources { lines.append(sources) }
        }
        lines.append("score \(right)/\(total)")
        return lines.joined(separator: "\n")
    }
}
