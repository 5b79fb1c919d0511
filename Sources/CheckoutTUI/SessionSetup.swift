import CheckoutDomain
import CheckoutTUICore
import Foundation

/// What one run needs: the scenario and mode, and where its APO is.
struct SessionSetup {
    var scenario: Scenario
    let scenarioName: String
    let mode: CheckoutMode
    let environment: SimulatorEnvironment
    /// An APO over HTTP instead of the in-process mock (`--apo`).
    var gateway = GatewayOptions()
    /// Keys of the scenario file nothing reads, for the timeline.
    var scenarioWarnings: [ScenarioWarning] = []

    /// The app wired to this run's APO: the one place `run`, `--record` and the plain-text run choose between the
    /// in-process mock (`SimulatedCheckout`, with forcing outcomes and time travel) and an APO over HTTP
    /// (`RemoteCheckout`); `play` and `replay` go through the same two. Shut `remote` down when the run ends.
    /// With `mockAfterFirstFrame` the in-process mock is left for `RunEffects.wireMock`, which the live run calls
    /// once its first frame is drawn.
    func wire(
        clock: any TimeTraveling, ids: SimulationIDs, timeZone: TimeZone, explain: Bool, mockAfterFirstFrame: Bool = false
    ) async throws -> WiredRun {
        guard gateway.apo != nil else {
            let environment = try SimulatedCheckout.environment(
                scenario: scenario, scenarioName: scenarioName, mode: mode, clock: clock, timeZone: timeZone,
                explainsAtStart: explain, merchantIDs: ids.merchant, scenarioWarnings: scenarioWarnings)
            let testCards = self.environment.testCards
            let effects = RunEffects { () throws(HeadlessSetupError) in
                try SimulatedCheckout(environment: environment, clock: clock, testCards: testCards, apoIDs: ids.apo)
            }
            if !mockAfterFirstFrame { try effects.wireMock() }
            return WiredRun(environment: environment, runner: effects, remote: nil)
        }
        // A served mock's levers move `clock` along with the server's.
        let remote = try await RemoteAPO.connect(gateway, request: scenario.createPaymentSession, clock: clock)
        do {
            let checkout = try RemoteCheckout(
                scenario: scenario, scenarioName: scenarioName, mode: mode, remote: remote.headless, clock: clock,
                ids: ids.merchant, timeZone: timeZone, explainsAtStart: explain, scenarioWarnings: scenarioWarnings)
            return WiredRun(environment: checkout.environment, runner: RunEffects(checkout.runner), remote: remote)
        } catch {
            // AsyncHTTPClient must be shut down before it is released.
            await remote.shutdown()
            throw error
        }
    }

    /// This setup with the APIs answering after `latency` at the soonest (over HTTP the network's time counts).
    func withLatency(_ latency: SimulatedLatency) -> SessionSetup {
        var setup = self
        setup.scenario.latency = latency
        return setup
    }
}

/// A run's app environment and effect runner, and the HTTP connection to close at the end, if any.
struct WiredRun {
    var environment: AppEnvironment
    let runner: RunEffects
    let remote: RemoteAPO?
}
