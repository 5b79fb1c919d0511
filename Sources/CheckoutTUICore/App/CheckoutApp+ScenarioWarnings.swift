import CheckoutDomain

extension CheckoutApp {
    /// Keys of the scenario file that nothing reads, first on the timeline: Antom would ignore them too, so the
    /// demo runs, but whoever wrote `paymentFactr` sees why capture stayed automatic.
    mutating func noteScenarioWarnings() {
        for warning in environment.scenarioWarnings {
            state.timeline.append(TimelineEntry(
                time: state.now, source: .simulator, title: "scenario: unknown field",
                summary: warning.path + (warning.suggestion.map { " (did you mean \($0)?)" } ?? ""),
                detail: warning.summary, tone: .pending))
        }
    }
}
