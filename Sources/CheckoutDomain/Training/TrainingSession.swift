import Foundation

/// A trainee's way through one case: the ticket, the investigation, then each question and its feedback.
public struct TrainingSession: Hashable, Sendable {
    public let trainingCase: TrainingCase
    public internal(set) var phase: TrainingPhase = .ticket
    /// The verdicts so far, in question order.
    public internal(set) var verdicts: [TrainingVerdict] = []

    public init(trainingCase: TrainingCase) {
        self.trainingCase = trainingCase
    }

    /// The question answered next, or nil when all are.
    public var nextQuestion: Int? {
        verdicts.count < trainingCase.questions.count ? verdicts.count : nil
    }

    public var score: (right: Int, total: Int) {
        (verdicts.filter(\.isRight).count, trainingCase.questions.count)
    }

    public var result: TrainingCaseResult {
        TrainingCaseResult(caseID: trainingCase.id, right: score.right, total: score.total, verdicts: verdicts)
    }
}

/// Where the trainee is in a case.
public enum TrainingPhase: Hashable, Sendable {
    /// Reading the ticket.
    case ticket
    /// Looking at the timeline, explain pane and merchant actions; questions wait.
    case investigating
    /// Answering question `index`.
    case question(Int)
    /// Reading the feedback on question `index`.
    case feedback(Int)
    /// Every question is answered.
    case finished
}

/// What the trainee did.
public enum TrainingAction: Hashable, Sendable {
    /// Closed the ticket to investigate (it can be read again).
    case ticketClosed
    /// Opened the ticket again.
    case ticketOpened
    /// Turned to the next unanswered question.
    case questionOpened
    /// Went back to the investigation with the question still open.
    case questionClosed
    case answered(TrainingAnswer)
    /// Read the feedback and moved on.
    case feedbackRead
}

/// What grading asks the edge to do.
public enum TrainingEffect: Hashable, Sendable {
    /// The last question was answered: keep the result in the trainee's progress.
    case caseFinished(TrainingCaseResult)
}

/// The training rules: (session, action) → effects. Grading compares an answer with the case's key only.
public enum Training {
    public static func reduce(_ session: inout TrainingSession, _ action: TrainingAction) -> [TrainingEffect] {
        switch (action, session.phase) {
        case (.ticketClosed, .ticket):
            session.phase = .investigating
        case (.ticketOpened, .investigating), (.ticketOpened, .finished):
            session.phase = .ticket
        case (.questionOpened, .investigating), (.questionOpened, .ticket):
            session.phase = session.nextQuestion.map(TrainingPhase.question) ?? .finished
        case (.questionClosed, .question):
            session.phase = .investigating
        case (.answered(let answer), .question(let index)):
            session.verdicts.append(grade(session.trainingCase.questions[index], answer))
            session.phase = .feedback(index)
        case (.feedbackRead, .feedback):
            guard let next = session.nextQuestion else {
                session.phase = .finished
                return [.caseFinished(session.result)]
            }
            session.phase = .question(next)
        default:
            break
        }
        return []
    }

    /// One answer against the question's key.
    public static func grade(_ question: TrainingQuestion, _ answer: TrainingAnswer) -> TrainingVerdict {
        var verdict = TrainingVerdict(
            questionID: question.id, answer: answer.recorded, isRight: false, rightAnswer: "", problem: nil)
        switch (question.answer, answer) {
        case (.choice(let right), .choice(let given)):
            verdict.rightAnswer = right
            verdict.isRight = given == right
            let ids = (question.choices ?? []).map(\.id)
            if !ids.contains(given) {
                verdict.problem = "there is no choice \"\(given)\" (choices: \(ids.joined(separator: ", ")))"
            }
        case (.evidence(let match), .entry(let number, let facts)):
            verdict.rightAnswer = match.description
            if let facts {
                verdict.isRight = match.matches(facts)
            } else {
                verdict.problem = "the timeline has no entry \(number)"
            }
        case (.choice(let right), .entry):
            verdict.rightAnswer = right
            verdict.problem = "the question asks for a choice, not a timeline entry"
        case (.evidence(let match), .choice):
            verdict.rightAnswer = match.description
            verdict.problem = "the question asks for a timeline entry's number, not a choice"
        }
        return verdict
    }
}
