import Foundation

/// What a trainee answered: a choice's id, or a timeline entry by its number (1 is the oldest) with what it says.
public enum TrainingAnswer: Hashable, Sendable {
    case choice(String)
    /// `facts` is nil when the timeline has no entry with that number.
    case entry(number: Int, facts: EvidenceFacts?)

    /// The answer as reports and answers files write it: `b`, or `7`.
    public var recorded: String {
        switch self {
        case .choice(let id): id
        case .entry(let number, _): String(number)
        }
    }
}

/// How one answer was graded.
public struct TrainingVerdict: Codable, Hashable, Sendable {
    public var questionID: String
    /// The answer as given (`b`, `7`).
    public var answer: String
    public var isRight: Bool
    /// The right choice's id, or the proving entry as the case names it (`event SDK_PAYMENT_FAIL`).
    public var rightAnswer: String
    /// Why the answer is wrong when it names nothing the question has (`there is no choice "d"`).
    public var problem: String?

    public init(questionID: String, answer: String, isRight: Bool, rightAnswer: String, problem: String?) {
        self.questionID = questionID
        self.answer = answer
        self.isRight = isRight
        self.rightAnswer = rightAnswer
        self.problem = problem
    }
}

/// A case's score and every verdict, as progress and reports keep it.
public struct TrainingCaseResult: Codable, Hashable, Sendable {
    public var caseID: String
    public var right: Int
    public var total: Int
    public var verdicts: [TrainingVerdict]

    public init(caseID: String, right: Int, total: Int, verdicts: [TrainingVerdict]) {
        self.caseID = caseID
        self.right = right
        self.total = total
        self.verdicts = verdicts
    }

    public var passed: Bool { right == total }
}
