import Foundation

/// One question of a case, with its checked answer and why that answer is right.
public struct TrainingQuestion: Codable, Hashable, Sendable {
    /// Names the question in answers files and reports (`evidence`, `cause`, `action`).
    public var id: String
    public var kind: TrainingQuestionKind
    /// The question's words; default: the kind's own question in the trainee's locale.
    public var prompt: LocalizedText?
    /// The choices of a multiple-choice question, in the order shown; none for `evidence`.
    public var choices: [TrainingChoice]?
    /// The right choice's `id`; for `evidence`, which timeline entries prove the cause.
    public var answer: TrainingAnswerKey
    /// Why the right answer is right, shown after every answer, right or wrong.
    public var why: LocalizedText

    public init(
        id: String, kind: TrainingQuestionKind, prompt: LocalizedText?, choices: [TrainingChoice]?,
        answer: TrainingAnswerKey, why: LocalizedText
    ) {
        self.id = id
        self.kind = kind
        self.prompt = prompt
        self.choices = choices
        self.answer = answer
        self.why = why
    }
}

/// What a question asks.
public enum TrainingQuestionKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// Pick the timeline entry that proves the cause.
    case evidence
    /// What happened (multiple choice).
    case whatHappened
    /// What support tells the buyer (multiple choice).
    case tellTheBuyer
    /// What the merchant must fix (multiple choice).
    case merchantFix

    public var isMultipleChoice: Bool { self != .evidence }
}

/// One choice of a multiple-choice question.
public struct TrainingChoice: Codable, Hashable, Sendable {
    /// What the trainee presses or an answers file gives (`a`, `b`, `c`).
    public var id: String
    public var text: LocalizedText

    public init(id: String, text: LocalizedText) {
        self.id = id
        self.text = text
    }
}

/// A question's checked answer: a choice's id, or which timeline entries prove the cause.
public enum TrainingAnswerKey: Codable, Hashable, Sendable {
    case choice(String)
    case evidence(EvidenceMatch)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let id = try? container.decode(String.self) {
            self = .choice(id)
        } else {
            self = .evidence(try container.decode(EvidenceMatch.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .choice(let id): try container.encode(id)
        case .evidence(let match): try container.encode(match)
        }
    }
}
