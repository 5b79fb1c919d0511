/// What a key does in training.
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
    /// Back: close the question or the ticket, or leave the case for the list.
    case back
    /// Show or hide the keys.
    case help
    case quit
}

/// Where in training a key is pressed.
public enum TrainingKeyScope: Hashable, Sendable {
    case list
    case ticket
    case investigating
    case choiceQuestion
    case evidenceQuestion
    case feedback
    case finished
}

/// Training's one key table: what each key does on each training screen, and the footer drawn from it. Keys the
/// table does not take while investigating go to the simulator's own key map.
public enum TrainingKeys {
    public struct Binding: Sendable {
        public let scopes: Set<TrainingKeyScope>
        public let keys: [Key]
        public let action: TrainingKeyAction
        public let hint: KeyHint?
        /// The help overlay's line, when the binding has its own.
        public let help: (keys: String, text: String)?

        init(
            scopes: Set<TrainingKeyScope>, keys: [Key], action: TrainingKeyAction, hint: KeyHint?,
            help: (keys: String, text: String)? = nil
        ) {
            self.scopes = scopes
            self.keys = keys
            self.action = action
            self.hint = hint
            self.help = help
        }
    }

    static let upKeys: [Key] = [.up, .character("k")]
    static let downKeys: [Key] = [.down, .character("j")]

    public static let table: [Binding] = [
        Binding(
            scopes: [.list, .choiceQuestion, .evidenceQuestion], keys: upKeys, action: .up, hint: KeyHint("↑/↓", "move"),
            help: ("↑/↓  j/k", "move; on the evidence question, pick the timeline entry")),
        Binding(scopes: [.list, .choiceQuestion, .evidenceQuestion], keys: downKeys, action: .down, hint: nil),
        Binding(
            scopes: [.list], keys: [.enter], action: .confirm, hint: KeyHint("Enter", "open case"),
            help: ("Enter", "open a case · close the ticket · answer · next after feedback")),
        Binding(scopes: [.ticket], keys: [.enter, .escape], action: .confirm, hint: KeyHint("Enter", "investigate")),
        Binding(
            scopes: [.ticket, .investigating], keys: [.character("a")], action: .answer, hint: KeyHint("a", "answer"),
            help: ("a", "answer the next question")),
        Binding(
            scopes: [.investigating, .finished], keys: [.character("i")], action: .ticket, hint: KeyHint("i", "ticket"),
            help: ("i", "read the ticket again")),
        Binding(scopes: [.choiceQuestion, .evidenceQuestion], keys: [.enter], action: .confirm, hint: KeyHint("Enter", "answer")),
        Binding(
            scopes: [.choiceQuestion], keys: [.character("a")], action: .choose("a"), hint: KeyHint("a-d", "choose"),
            help: ("a b c d", "answer a multiple-choice question with that choice")),
        Binding(scopes: [.choiceQuestion], keys: [.character("b")], action: .choose("b"), hint: nil),
        Binding(scopes: [.choiceQuestion], keys: [.character("c")], action: .choose("c"), hint: nil),
        Binding(scopes: [.choiceQuestion], keys: [.character("d")], action: .choose("d"), hint: nil),
        Binding(
            scopes: [.choiceQuestion, .evidenceQuestion], keys: [.escape], action: .back, hint: KeyHint("Esc", "investigate"),
            help: ("Esc", "leave the question open and investigate")),
        Binding(scopes: [.feedback], keys: [.enter, .character(" ")], action: .confirm, hint: KeyHint("Enter", "next")),
        Binding(scopes: [.finished], keys: [.enter], action: .back, hint: KeyHint("Enter", "cases")),
        Binding(
            scopes: Set(TrainingKeyScope.allCases), keys: [.character("?")], action: .help, hint: KeyHint("?", "help"),
            help: ("?", "these keys, and the simulator's")),
        Binding(scopes: [.ticket, .investigating, .choiceQuestion, .evidenceQuestion, .feedback, .finished],
                keys: [.character("q")], action: .back, hint: KeyHint("q", "cases"),
                help: ("q", "back to the cases (on the list: quit)")),
        Binding(scopes: [.list], keys: [.character("q"), .escape], action: .quit, hint: KeyHint("q", "quit")),
        Binding(scopes: Set(TrainingKeyScope.allCases), keys: [.ctrl("c"), .terminate], action: .quit, hint: nil),
    ]

    static func action(for key: Key, in scope: TrainingKeyScope) -> TrainingKeyAction? {
        table.first { $0.scopes.contains(scope) && $0.keys.contains(key) }?.action
    }

    /// The help overlay's lines: training's, in table order.
    static var helpLines: [(keys: String, text: String)] { table.compactMap(\.help) }

    /// The footer's hints for a scope, in table order.
    static func hints(_ scope: TrainingKeyScope) -> [KeyHint] {
        table.filter { $0.scopes.contains(scope) }.compactMap(\.hint)
    }
}

extension TrainingKeyScope: CaseIterable {}
