import CheckoutDomain
import CheckoutTUICore
import Foundation

/// Shared setup for the headless tests: bundled scenarios and steps, parsed from literals or from assets/steps.
enum HeadlessFixtures {
    static let visa = "4054695723100768"
    static let cardSteps = """
        {"select": "CARD"},
        {"fill": {"cardNo": "4054695723100768", "expiry": "1230", "cvv": "123", "cardholderName": "GAGA TEST"}},
        {"pay": true}
        """

    /// assets/ in the source tree, found from this file so the tests read exactly what is committed.
    static let assets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("assets")

    static func steps(_ json: String) throws -> [HeadlessStep] {
        try StepsParser(source: "steps.json").parse(Data(json.utf8))
    }

    /// The scenario headless in its own mode (`"mode"`, embedded when it names none).
    static func run(_ scenarioName: String, size: Size = Size(width: 120, height: 40)) throws -> HeadlessRun {
        let cards = try SandboxTestCards.bundled()
        let scenario = try ScenarioLibrary(testCards: cards).load(scenarioName)
        let mode = scenario.mode.flatMap { CheckoutMode(rawValue: $0.rawValue) } ?? .embedded
        return HeadlessRun(scenario: scenario, scenarioName: scenarioName, mode: mode, size: size, testCards: cards)
    }

    /// `mockOnMainActor`: the mock's calls run where `checkout-tui play` runs them, on the main actor.
    @MainActor
    static func play(
        _ scenarioName: String, _ json: String, mockOnMainActor: Bool = false
    ) async throws -> HeadlessReport {
        var run = try run(scenarioName)
        if mockOnMainActor { run.mockExecutor = MainActor.sharedUnownedExecutor }
        return try await run.play(try steps(json))
    }
}
