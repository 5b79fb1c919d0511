import ArgumentParser
import CheckoutDomain
import Foundation

/// `checkout-tui [--scenario NAME|PATH]`: opens a scenario's Checkout Page.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Open a scenario's Checkout Page (the default command).")

    @Option(name: .long, help: "A bundled scenario name (see `checkout-tui scenarios`) or a path to a scenario JSON file.")
    var scenario: String = ScenarioLibrary.defaultName

    func run() async throws {
        let environment = try SimulatorEnvironment.load()
        let loaded = try environment.scenarios.load(scenario)
        let apo = try MockAPO.bundled(
            clock: SystemClock(), ids: RandomIDGenerator(), store: InMemoryAPOStore(), sink: MerchantWebhookReceiver())
        let response = try await apo.createPaymentSession(loaded.createPaymentSession)
        let summary = SessionSummary(scenario: loaded, response: response, environment: environment)
        print(summary.text)
        if response.result.resultStatus != .success { throw ExitCode(1) }
    }
}
