import CheckoutDomain
import CheckoutTUICore
import Foundation
import Testing

/// Issue 15: a misspelt scenario field was silently ignored. The run goes on, and its timeline says so first.
@MainActor
@Suite("Scenario warnings in the timeline")
struct ScenarioWarningsTimelineTests {
    @Test("an unknown key is the first timeline entry, with the nearest known name")
    func warningInTimeline() async throws {
        let bundled = try String(
            contentsOf: HeadlessFixtures.assets.appendingPathComponent("scenarios/card-manual-capture.json"), encoding: .utf8)
        let misspelt = bundled.replacingOccurrences(of: "\"paymentFactor\"", with: "\"paymentFactr\"")
        let cards = try SandboxTestCards.bundled()
        let audited = try ScenarioLibrary(testCards: cards).parseAudited(Data(misspelt.utf8), source: "manual.json")
        var run = HeadlessRun(
            scenario: audited.scenario, scenarioName: "manual.json", mode: .embedded,
            size: Size(width: 120, height: 40), testCards: cards)
        run.scenarioWarnings = audited.warnings
        let report = try await run.play(try HeadlessFixtures.steps(#"[{"expectEvent": "SDK_END_OF_LOADING"}]"#))
        #expect(report.passed)
        let first = try #require(report.timeline.first)
        #expect(first.title == "scenario: unknown field")
        #expect(first.summary == "createPaymentSession.paymentFactr (did you mean paymentFactor?)")
        // Antom ignores the field, so capture is automatic, as the warning explains.
        #expect(audited.scenario.createPaymentSession.paymentFactor == nil)
    }
}
