import CheckoutDomain

/// What the explain pane shows for one timeline entry: the knowledge base's explanation, or the entry's own words
/// when it is a step of the simulator or the merchant that the knowledge base does not cover.
public struct ExplainCard: Equatable, Sendable {
    /// One labelled paragraph.
    public struct Section: Equatable, Sendable {
        public var part: Part
        public var text: String
    }

    /// Which paragraph, in the order support staff need them: what to say first.
    public enum Part: CaseIterable, Equatable, Sendable {
        case tellTheBuyer
        case whatHappened
        case merchantNextStep
        case whereItComesFrom
        case sources
    }

    /// The entry as the timeline shows it: `12:00:05 SDK_PAYMENT_PROCESSING`.
    public var entryTitle: String
    /// Plain words (`Payment processing`).
    public var title: String
    public var sections: [Section]
    /// The locale of the texts (and of the labels).
    public var locale: String

    init(entryTitle: String, explanation: Explanation) {
        self.entryTitle = entryTitle
        title = explanation.title
        locale = explanation.locale
        let texts: [(Part, String)] = [
            (.tellTheBuyer, explanation.tellTheBuyer), (.whatHappened, explanation.whatHappened),
            (.merchantNextStep, explanation.merchantNextStep), (.whereItComesFrom, explanation.whereItComesFrom),
            (.sources, explanation.sources.joined(separator: "; ")),
        ]
        sections = texts.filter { !$0.1.isEmpty }.map { Section(part: $0.0, text: $0.1) }
    }

    init(entryTitle: String, entry: TimelineEntry, locale: String) {
        self.entryTitle = entryTitle
        title = entry.title
        self.locale = locale
        sections = [entry.summary, entry.detail ?? ""].filter { !$0.isEmpty }.map { Section(part: .whatHappened, text: $0) }
    }
}
