import Foundation

/// A training case (docs/training.md): a situation the simulator sets up by running a scenario and steps, the
/// ticket a trainee receives about it, and questions with checked answers.
public struct TrainingCase: Codable, Hashable, Sendable {
    /// The file's name without `.json`; set by the loader, never read from the file.
    public var id: String = ""
    public var title: LocalizedText
    /// A bundled scenario's name, a path relative to the case file, or the scenario itself as an object.
    public var scenario: TrainingScenarioSource
    /// The steps that set the situation up, as a `play` steps file has them (docs/qa.md); parsed by the runner.
    public var steps: [JSONValue]
    public var ticket: TrainingTicket
    public var questions: [TrainingQuestion]

    private enum CodingKeys: String, CodingKey {
        case title, scenario, steps, ticket, questions
    }

    public init(
        id: String, title: LocalizedText, scenario: TrainingScenarioSource, steps: [JSONValue], ticket: TrainingTicket,
        questions: [TrainingQuestion]
    ) {
        self.id = id
        self.title = title
        self.scenario = scenario
        self.steps = steps
        self.ticket = ticket
        self.questions = questions
    }

    /// The question that asks for the proving timeline entry, if the case has one.
    public var evidence: EvidenceMatch? {
        for question in questions {
            if case .evidence(let match) = question.answer { return match }
        }
        return nil
    }
}

/// Where a case's scenario comes from.
public enum TrainingScenarioSource: Codable, Hashable, Sendable {
    /// A bundled scenario's name, or a path (relative to the case file) ending in `.json`.
    case named(String)
    /// The scenario file's content, inline.
    case inline(JSONValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let name = try? container.decode(String.self) {
            self = .named(name)
        } else {
            let value = try container.decode(JSONValue.self)
            guard case .object = value else {
                throw DecodingError.typeMismatch(
                    JSONValue.self,
                    DecodingError.Context(
                        codingPath: container.codingPath,
                        debugDescription: "expected a scenario name or a scenario object"))
            }
            self = .inline(value)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .named(let name): try container.encode(name)
        case .inline(let value): try container.encode(value)
        }
    }
}

/// What the trainee is told: who writes in, and their words.
public struct TrainingTicket: Codable, Hashable, Sendable {
    public var from: TicketSender
    public var text: LocalizedText

    public init(from: TicketSender, text: LocalizedText) {
        self.from = from
        self.text = text
    }
}

/// Who opened the ticket.
public enum TicketSender: String, Codable, Hashable, Sendable {
    case buyer
    case merchant
}
