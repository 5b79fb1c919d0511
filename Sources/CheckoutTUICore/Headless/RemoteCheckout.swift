import CheckoutDomain
import Foundation

/// The app wired to an APO over HTTP (`--apo`): the one remote wiring of the live run, `--record` and `play`.
/// The QA levers work only when the APO offers them (`RemoteHeadlessAPO.controls`); otherwise the menus say so.
/// The scenario's `latency` is the least time an answer takes: the network's own time counts toward it.
public struct RemoteCheckout: Sendable {
    public let environment: AppEnvironment
    public let runner: AppEffectRunner

    public init(
        scenario: Scenario, scenarioName: String, mode: CheckoutMode, remote: RemoteHeadlessAPO, clock: any WallClock,
        ids: any IDGenerator = RandomIDGenerator(), glyphs: Glyphs = .unicode,
        timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current, explainsAtStart: Bool = false,
        scenarioWarnings: [ScenarioWarning] = []
    ) throws(AppSetupError) {
        var environment = try AppEnvironment.bundled(
            scenario: scenario, scenarioName: scenarioName, mode: mode, clock: clock, ids: ids, timeZone: timeZone,
            glyphs: glyphs)
        environment.explainsAtStart = explainsAtStart
        environment.scenarioWarnings = scenarioWarnings
        environment.offersSimulationControls = remote.controls != nil
        self.environment = environment
        runner = AppEffectRunner(
            merchantServer: remote.merchantServer, checkoutPage: remote.checkoutPage,
            notifications: remote.notifications, controls: remote.controls, latency: scenario.latency ?? .zero,
            clock: clock)
    }
}
