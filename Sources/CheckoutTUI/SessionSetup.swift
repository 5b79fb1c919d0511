import CheckoutDomain
import CheckoutTUICore
import Foundation

/// What one run needs: the scenario and mode, and the in-process APO it runs against.
struct SessionSetup {
    let scenario: Scenario
    let scenarioName: String
    let mode: CheckoutMode
    let environment: SimulatorEnvironment
    /// An APO over HTTP instead of the in-process mock (`--apo`).
    var gateway = GatewayOptions()
    /// Keys of the scenario file nothing reads, for the timeline.
    var scenarioWarnings: [ScenarioWarning] = []

    /// The in-process APO with the scenario's saved cards, and the merchant endpoint its notifications reach.
    func makeAPO(clock: any WallClock, ids: any IDGenerator) throws(MockAPOSetupError) -> (MockAPO, MerchantWebhookReceiver) {
        let receiver = MerchantWebhookReceiver(answer: scenario.merchantBehaviour.notificationAnswer)
        let store = InMemoryAPOStore(
            initial: ScenarioVault.snapshot(for: scenario, testCards: environment.testCards, savedAt: clock.now()))
        let apo = try MockAPO.bundled(
            clock: clock, ids: ids, store: store, sink: receiver,
            config: MockAPOConfig(dashboardNotifyUrl: scenario.merchantBehaviour.notifyUrl))
        return (apo, receiver)
    }
}
