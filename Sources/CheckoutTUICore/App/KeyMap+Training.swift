import CheckoutDomain

/// Training's rows of the key map (`checkout-tui train`): the case list, a case's ticket, questions, feedback and
/// score. Keys these rows do not take while investigating go to the simulator's own rows.
extension KeyMap {
    /// The screens with a box to read: the ticket, a question, the feedback, the score, the keys.
    private static let boxes: Set<TrainingKeyScope> = [.ticket, .choiceQuestion, .feedback, .finished, .help]
    private static let screens: Set<TrainingKeyScope> = Set(TrainingKeyScope.allCases).subtracting([.help])
    private static let inCase: Set<TrainingKeyScope> = screens.subtracting([.list])

    static let training: [KeyBinding] = [
        KeyBinding(
            training: [.list, .choiceQuestion], up, "↑/↓", .hintMove, help: ("↑/↓  j/k", .trainingHelpMove), .up),
        KeyBinding(training: [.list, .choiceQuestion], down, "↑/↓", nil, .down),
        KeyBinding(training: [.evidenceQuestion], up, "↑/↓", .hintPickEntry, .up),
        KeyBinding(training: [.evidenceQuestion], down, "↑/↓", nil, .down),
        // Where ↑/↓ have nothing to move, they scroll the box.
        KeyBinding(training: [.ticket, .feedback, .finished, .help], up, "↑/↓", .hintScroll, when: .boxScrolls, .up),
        KeyBinding(training: [.ticket, .feedback, .finished, .help], down, "↑/↓", nil, .down),
        KeyBinding(
            training: [.list], [.enter], "Enter", .trainingHintOpenCase,
            help: ("Enter", .trainingHelpEnter), .confirm),
        KeyBinding(training: [.ticket], [.enter, .escape], "Enter", .trainingHintInvestigate, .confirm),
        KeyBinding(
            training: [.ticket, .investigating], [.character("a")], "a", .trainingHintAnswer,
            help: ("a", .trainingHelpAnswer), .answer),
        KeyBinding(
            training: [.investigating, .finished], [.character("i")], "i", .trainingHintTicket,
            help: ("i", .trainingHelpTicket), .ticket),
        KeyBinding(training: [.choiceQuestion, .evidenceQuestion], [.enter], "Enter", .trainingHintAnswer, .confirm),
        KeyBinding(
            training: [.choiceQuestion], [.character("a")], "a-d", .hintChoose,
            help: ("a b c d", .trainingHelpChoose), .choose("a")),
        KeyBinding(training: [.choiceQuestion], [.character("b")], "b", nil, .choose("b")),
        KeyBinding(training: [.choiceQuestion], [.character("c")], "c", nil, .choose("c")),
        KeyBinding(training: [.choiceQuestion], [.character("d")], "d", nil, .choose("d")),
        // In the footer only where ↑/↓ move a choice instead; elsewhere ↑/↓ scroll already says it.
        KeyBinding(
            training: [.choiceQuestion], [.pageUp], "PgUp/PgDn", .hintScroll, help: ("PgUp/PgDn", .trainingHelpScroll),
            when: .boxScrolls, .pageUp),
        KeyBinding(training: boxes, [.pageUp], "PgUp", nil, .pageUp),
        KeyBinding(training: boxes, [.pageDown], "PgDn", nil, .pageDown),
        KeyBinding(
            training: [.choiceQuestion, .evidenceQuestion], [.escape], "Esc", .trainingHintInvestigate,
            help: ("Esc", .trainingHelpEscape), .back),
        KeyBinding(training: [.feedback], [.enter, .character(" ")], "Enter", .trainingHintNext, .confirm),
        KeyBinding(training: [.finished], [.enter], "Enter", .trainingHintCases, .cases),
        KeyBinding(training: screens, [.character("?")], "?", .hintHelp, help: ("?", .trainingHelpHelp), .help),
        KeyBinding(training: [.help], [.escape, .enter, .character("?"), .character("q")], "Esc", .hintClose, .help),
        KeyBinding(
            training: inCase, [.character("q")], "q", .trainingHintCases,
            help: ("q", .trainingHelpBack), .cases),
        KeyBinding(training: [.list], [.character("q"), .escape], "q", .hintQuit, .quit),
        KeyBinding(training: Set(TrainingKeyScope.allCases), [.ctrl("c"), .terminate], "Ctrl-C", nil, .quit),
    ]

    /// What `key` does on a training screen; nil when training does not take it.
    static func trainingAction(for key: Key, in scope: TrainingKeyScope) -> TrainingKeyAction? {
        for binding in training where binding.isTraining(on: scope) && binding.keys.contains(key) {
            guard case .training(let action, _) = binding.effect else { continue }
            return action
        }
        return nil
    }

    /// The footer of a training screen, in table order, in the session's language.
    static func trainingHints(_ context: TrainingKeyContext, text: Localizer) -> [KeyHint] {
        training.compactMap { binding in
            guard binding.isTraining(on: context.scope), case .training(_, let condition) = binding.effect,
                  condition.holds(in: context), case .fixed(let label) = binding.label
            else { return nil }
            return KeyHint(binding.key, text.text(label))
        }
    }

    /// Training's lines of its help overlay, in table order.
    static var trainingHelpLines: [(keys: String, text: StringKey)] { training.compactMap(\.help) }
}
