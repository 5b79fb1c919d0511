import CheckoutDomain

/// Explain mode (`e`, `--explain`): a pane saying in plain words what the latest (or selected) timeline entry means.
extension CheckoutApp {
    mutating func toggleExplain() {
        state.explaining.toggle()
        state.timeline.select(nil)
    }

    /// Moves the selection `step` entries (negative: older); stepping past the newest follows new entries again.
    mutating func selectTimelineEntry(by step: Int) {
        let entries = state.timeline.entries
        guard !entries.isEmpty else { return }
        let current = state.timeline.selected ?? entries.count - 1
        let next = current + step
        state.timeline.select(next >= entries.count ? nil : max(0, next))
    }

    /// The entry the pane explains: the selected one, else the newest.
    public var explainedEntry: TimelineEntry? {
        let entries = state.timeline.entries
        return state.timeline.selected.flatMap { entries.indices.contains($0) ? entries[$0] : nil } ?? entries.last
    }

    /// The pane's content for the explained entry; nil before anything happened.
    /// The explain pane's own words, in the knowledge base's locale.
    var explainText: Localizer {
        environment.page.strings.localizer(for: environment.explainer?.locale ?? Explainer.fallbackLocale)
    }

    public var explainCard: ExplainCard? {
        guard let entry = explainedEntry else { return nil }
        let heading = "\(ClockText(timeZone: environment.timeZone).time(entry.time)) \(entry.title)"
        let locale = environment.explainer?.locale ?? Explainer.fallbackLocale
        guard let explainer = environment.explainer, let topic = entry.topic else {
            return ExplainCard(entryTitle: heading, entry: entry, locale: locale)
        }
        return ExplainCard(entryTitle: heading, explanation: Self.explain(topic, with: explainer))
    }

    static func explain(_ topic: TimelineTopic, with explainer: Explainer) -> Explanation {
        switch topic {
        case .event(let event):
            return explainer.explain(event: event)
        case .call(let api, let result):
            // A refusal is explained by its code as that API returns it; a success or no answer by the API itself.
            guard let result, result.resultCode != ResultCode.success else { return explainer.explain(api: api) }
            return explainer.explain(resultCode: result.resultCode, api: api)
        case .notification(let notifyType, let result, let delivery):
            return explainer.explain(
                notifyType: notifyType, resultStatus: result?.resultStatus ?? .unknown, resultCode: result?.resultCode,
                delivery: delivery?.verdict)
        case .resultCode(let code):
            return explainer.explain(resultCode: code)
        }
    }
}
