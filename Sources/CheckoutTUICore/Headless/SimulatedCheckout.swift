import CheckoutDomain
import Foundation

/// The app wired to the in-process MockAPO and its merchant endpoint, with the QA levers (forcing outcomes, time
/// travel) on the same clock: the one in-process wiring of the live run, `--record`, `play` and `replay`, so a
/// replay meets the same ids, the same mock and the same levers as the recorded run.
public struct SimulatedCheckout: Sendable {
    /// Where headless runs start: 2026-01-01T00:00:00Z, the time the tests and bundled steps are written for.
    public static let defaultStart = Date(timeIntervalSince1970: 1_767_225_600)

    public let apo: MockAPO
    public let receiver: MerchantWebhookReceiver
    public let environment: AppEnvironment
    public let runner: AppEffectRunner

    /// Sequential ids by default (not random ones) so that two runs of the same input show the same paymentIds
    /// (the live run passes random ones); the APIs answer after the scenario's `latency` (none when it sets none).
    /// `mockExecutor`: as in `init(environment:clock:testCards:apoIDs:mockExecutor:)`.
    public init(
        scenario: Scenario, scenarioName: String, mode: CheckoutMode, clock: any TimeTraveling, testCards: SandboxTestCards,
        glyphs: Glyphs = .unicode, timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current,
        explainsAtStart: Bool = false, ids: SimulationIDs = .sequential, scenarioWarnings: [ScenarioWarning] = [],
        mockExecutor: UnownedSerialExecutor? = nil
    ) throws(HeadlessSetupError) {
        let environment: AppEnvironment
        do {
            environment = try Self.environment(
                scenario: scenario, scenarioName: scenarioName, mode: mode, clock: clock, glyphs: glyphs,
                timeZone: timeZone, explainsAtStart: explainsAtStart, merchantIDs: ids.merchant,
                scenarioWarnings: scenarioWarnings)
        } catch {
            throw .app(error)
        }
        try self.init(
            environment: environment, clock: clock, testCards: testCards, apoIDs: ids.apo, mockExecutor: mockExecutor)
    }

    /// The app's side alone, without the mock: the live run draws its first frame with it and builds the mock
    /// right after (`init(environment:clock:testCards:apoIDs:)`), before the first key is handled.
    public static func environment(
        scenario: Scenario, scenarioName: String, mode: CheckoutMode, clock: any TimeTraveling, glyphs: Glyphs = .unicode,
        timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current, explainsAtStart: Bool = false,
        merchantIDs: any IDGenerator, scenarioWarnings: [ScenarioWarning] = []
    ) throws(AppSetupError) -> AppEnvironment {
        var environment = try AppEnvironment.bundled(
            scenario: scenario, scenarioName: scenarioName, mode: mode, clock: clock, ids: merchantIDs,
            timeZone: timeZone, glyphs: glyphs)
        environment.explainsAtStart = explainsAtStart
        environment.scenarioWarnings = scenarioWarnings
        environment.offersSimulationControls = true
        return environment
    }

    /// The mock, its merchant endpoint and the runner for an app set up by `environment(…)`, on the same clock.
    ///
    /// `mockExecutor`: where the mock's calls run; its own queue by default. A process that only plays steps
    /// (`checkout-tui play`, the benchmarks), whose app waits on the main actor for every answer, passes
    /// `MainActor.sharedUnownedExecutor`, so a call runs where it was made instead of crossing to another thread
    /// and back. A terminal run keeps the queue: its main thread waits for keys (docs/DECISIONS.md).
    public init(
        environment: AppEnvironment, clock: any TimeTraveling, testCards: SandboxTestCards, apoIDs: any IDGenerator,
        mockExecutor: UnownedSerialExecutor? = nil
    ) throws(HeadlessSetupError) {
        let scenario = environment.scenario
        let receiver = MerchantWebhookReceiver(answer: scenario.merchantBehaviour.notificationAnswer)
        let store = InMemoryAPOStore(
            initial: ScenarioVault.snapshot(for: scenario, testCards: testCards, savedAt: clock.now()))
        do {
            apo = try MockAPO.bundled(
                clock: clock, ids: apoIDs, store: store, sink: receiver,
                config: MockAPOConfig(dashboardNotifyUrl: scenario.merchantBehaviour.notifyUrl), executor: mockExecutor)
        } catch {
            throw .mock(error)
        }
        self.environment = environment
        self.receiver = receiver
        runner = AppEffectRunner(
            merchantServer: apo, checkoutPage: apo, notifications: MockNotificationFeed(apo: apo, receiver: receiver),
            controls: MockSimulationControls(apo: apo, clock: clock), latency: scenario.latency ?? .zero, clock: clock)
    }

    /// Queues the scenario's `outcomes` on the mock; call once before the app starts.
    public func forceScenarioOutcomes() async {
        guard let outcomes = environment.scenario.outcomes, !outcomes.isEmpty else { return }
        await apo.force(outcomes)
    }
}

/// The id generators of a simulation: the mock's (paymentIds, sessions) and the merchant's (capture and refund
/// request ids).
public struct SimulationIDs: Sendable {
    public var apo: any IDGenerator
    public var merchant: any IDGenerator

    public init(apo: any IDGenerator, merchant: any IDGenerator) {
        self.apo = apo
        self.merchant = merchant
    }

    /// The same ids every run: tests, recordings and replays.
    public static var sequential: SimulationIDs {
        SimulationIDs(apo: SequentialIDGenerator(), merchant: SequentialIDGenerator(prefix: "20260102"))
    }

    /// Fresh ids every run: a live run whose ids must not repeat.
    public static var random: SimulationIDs {
        SimulationIDs(apo: RandomIDGenerator(), merchant: RandomIDGenerator())
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
