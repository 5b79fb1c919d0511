import CheckoutAssets
import ArgumentParser
import CheckoutDomain
import CheckoutTUICore
import Foundation

/// `checkout-tui play --scenario S --steps FILE [--report FILE] [--junit FILE] [--size WxH] [--apo URL …]`: runs a
/// scenario with no terminal, driven by a steps file, on the in-process mock or an APO over HTTP, and reports
/// whether every expectation held (exit 0, 1 or 2).
struct PlayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Run a scenario headless from a steps file and report (exit 0 passed, 1 failed, 2 bad input).",
        discussion: "Steps files, the report schema and JUnit output are described in docs/qa.md.")

    @Option(name: .long, help: "A bundled scenario name or a path to a scenario JSON file.")
    var scenario: String = ScenarioLibrary.defaultName

    @Option(name: .long, help: "The steps file (JSON array of one-key objects). Default for a bundled scenario: its assets/steps/<name>.json.")
    var steps: String?

    @Option(name: .long, help: "Write the JSON report here.")
    var report: String?

    @Option(name: .long, help: "Write JUnit XML here.")
    var junit: String?

    @Option(name: .long, help: "The simulated terminal's size.")
    var size = TerminalSize(Size(width: 120, height: 40))

    @Option(name: .long, help: "embedded or hosted; default: the scenario's.")
    var mode: String?

    @OptionGroup(title: "APO over HTTP (forcing outcomes and long advanceClock steps then fail; expectations wait in real time)")
    var gateway: GatewayOptions

    @MainActor
    func run() async throws {
        let environment: SimulatorEnvironment
        let loaded: Scenario
        let parsed: [HeadlessStep]
        do {
            environment = try SimulatorEnvironment.load()
            loaded = try environment.scenarios.load(scenario)
            let stepsPath = try stepsFile()
            parsed = try StepsParser(source: stepsPath).parse(try HeadlessExit.read(stepsPath))
        } catch let error as ExitCode {
            throw error
        } catch {
            throw HeadlessExit.badInput("\(error)")
        }
        guard let chosenMode = CheckoutMode(rawValue: mode ?? loaded.mode?.rawValue ?? "embedded") else {
            throw HeadlessExit.badInput("--mode must be embedded or hosted, not '\(mode ?? "")'")
        }
        let run = HeadlessRun(
            scenario: loaded, scenarioName: scenario, mode: chosenMode, size: size.size, testCards: environment.testCards)
        let result = try await play(run, parsed)
        let redactor = run.redactor(for: parsed)
        if let report { try HeadlessExit.write(run.json(result, redactor: redactor), to: report) }
        if let junit { try HeadlessExit.write(run.junit(result, redactor: redactor), to: junit) }
        print(redactor.redact(PlaySummary(report: result).text))
        if !result.passed { throw ExitCode(1) }
    }

    /// On the in-process mock, or with `--apo` over HTTP; connection and key errors are bad input (exit 2).
    @MainActor
    private func play(_ run: HeadlessRun, _ steps: [HeadlessStep]) async throws -> HeadlessReport {
        guard gateway.apo != nil else { return try await run.play(steps) }
        if let outcomes = run.scenario.outcomes, !outcomes.isEmpty {
            throw HeadlessExit.badInput(
                "\(scenario): the scenario forces outcomes (\"outcomes\"), which needs the in-process mock; "
                    + "over HTTP (--apo) the APO decides every outcome itself")
        }
        let remote: RemoteAPO
        do {
            remote = try await RemoteAPO.connect(gateway, request: run.scenario.createPaymentSession)
        } catch {
            throw HeadlessExit.badInput("\(error)")
        }
        let result: Result<HeadlessReport, HeadlessSetupError>
        do {
            result = .success(try await run.play(
                steps, remote: RemoteHeadlessAPO(
                    merchantServer: remote.merchantServer, checkoutPage: remote.checkoutPage,
                    notifications: remote.notifications)))
        } catch {
            result = .failure(error)
        }
        // AsyncHTTPClient must be shut down before it is released, whatever the run did.
        await remote.shutdown()
        return try result.get()
    }

    /// `--steps`, or the bundled steps of a bundled scenario.
    private func stepsFile() throws -> String {
        if let steps { return steps }
        do {
            return try CheckoutAssets.url("steps/\(scenario).json").path
        } catch {
            throw HeadlessExit.badInput("--steps is required: '\(scenario)' has no bundled steps file")
        }
    }
}
