import CheckoutDomain
import Foundation

/// The app's environment, the in-process MockAPO and the merchant endpoint, wired the same way for headless
/// runs, recordings and replays, so a replay meets the same ids and the same mock as the recorded run.
public struct SimulatedCheckout: Sendable {
    /// Where headless runs start: 2026-01-01T00:00:00Z, the time the tests and bundled steps are written for.
    public static let defaultStart = Date(timeIntervalSince1970: 1_767_225_600)

    public let apo: MockAPO
    public let receiver: MerchantWebhookReceiver
    public let environment: AppEnvironment
    public let runner: AppEffectRunner

    /// Sequential ids (not random ones) so that two runs of the same input show the same paymentIds; the APIs
    /// answer after the scenario's `latency` (none when it sets none).
    public init(
        scenario: Scenario, scenarioName: String, mode: CheckoutMode, clock: any WallClock, testCards: SandboxTestCards,
        glyphs: Glyphs = .unicode, timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current,
        explainsAtStart: Bool = false, scenarioWarnings: [ScenarioWarning] = []
    ) throws(HeadlessSetupError) {
        let receiver = MerchantWebhookReceiver(answer: scenario.merchantBehaviour.notificationAnswer)
        let store = InMemoryAPOStore(
            initial: ScenarioVault.snapshot(for: scenario, testCards: testCards, savedAt: clock.now()))
        do {
            apo = try MockAPO.bundled(
                clock: clock, ids: SequentialIDGenerator(), store: store, sink: receiver,
                config: MockAPOConfig(dashboardNotifyUrl: scenario.merchantBehaviour.notifyUrl))
        } catch {
            throw .mock(error)
        }
        do {
            var environment = try AppEnvironment.bundled(
                scenario: scenario, scenarioName: scenarioName, mode: mode, clock: clock,
                ids: SequentialIDGenerator(prefix: "20260102"), timeZone: timeZone, glyphs: glyphs)
            environment.explainsAtStart = explainsAtStart
            environment.scenarioWarnings = scenarioWarnings
            self.environment = environment
        } catch {
            throw .app(error)
        }
        self.receiver = receiver
        runner = AppEffectRunner(
            merchantServer: apo, checkoutPage: apo, notifications: MockNotificationFeed(apo: apo, receiver: receiver),
            latency: scenario.latency ?? .zero, clock: clock)
    }

    /// Queues the scenario's `outcomes` on the mock; call once before the app starts.
    public func forceScenarioOutcomes() async {
        guard let outcomes = environment.scenario.outcomes, !outcomes.isEmpty else { return }
        await apo.force(outcomes)
    }
}

/// Why a simulated checkout could not be built from the bundled data.
public enum HeadlessSetupError: Error, Equatable, Sendable, CustomStringConvertible {
    case mock(MockAPOSetupError)
    case app(AppSetupError)

    public var description: String {
        switch self {
        case .mock(let error): "the mock APO: \(error)"
        case .app(let error): error.description
        }
    }
}
