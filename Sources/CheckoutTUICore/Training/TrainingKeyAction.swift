/// What a key does in training (the key map's training rows name it; `TrainingApp` performs it).
public enum TrainingKeyAction: Hashable, Sendable {
    case up
    case down
    /// Enter: open a case, close the ticket, answer, go on after feedback.
    case confirm
    /// A choice's letter on a multiple-choice question.
    case choose(String)
    /// Turn to the next question (from the investigation or the ticket).
    case answer
    /// Read the ticket again.
    case ticket
    /// Scroll the ticket, question, feedback or score box by a page.
    case pageUp
    case pageDown
    /// Close the question (it waits) and investigate.
    case back
    /// Leave the case for the list.
    case cases
    /// Show the keys, or close them.
    case help
    case quit
}

/// Where in training a key is pressed.
public enum TrainingKeyScope: Hashable, Sendable, CaseIterable {
    case list
    case ticket
    case investigating
    case choiceQuestion
    case evidenceQuestion
    case feedback
    case finished
    /// The keys overlay (`?`), over any of the others.
    case help
}

/// What a training row of the key map looks at: the screen, and whether its box holds more than it shows.
struct TrainingKeyContext: Sendable {
    let scope: TrainingKeyScope
    /// The ticket, question, feedback, score or keys box is longer than the room it has.
    var boxScrolls = false
}

/// When a training row is in the footer.
enum TrainingKeyCondition: Sendable {
    case always
    /// Only while the box holds more than it shows (the key still works, doing nothing, otherwise).
    case boxScrolls

    func holds(in context: TrainingKeyContext) -> Bool {
        switch self {
        case .always: true
        case .boxScrolls: context.boxScrolls
        }
    }
}
