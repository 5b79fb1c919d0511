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

    @Option(name: .long, help: "A bundled scenario name or a path to a scenario JSON file (default: \(ScenarioLibrary.defaultName)).")
    var scenario: String?

    @OptionGroup(title: "A session without a scenario file")
    var session: SessionFlags

    @Option(name: .long, help: "Override the session's locale: \(Strings.bundledLocaleChoices).")
    var locale: String?

    @Option(name: .long, help: "The steps file (JSON array of one-key objects). Default for a bundled scenario: its assets/steps/<name>.json.")
    var steps: String?

    @Option(name: .long, help: "Write the JSON report here.")
    var report: String?

    @Option(name: .long, help: "Write JUnit XML here.")
    var junit: String?

    @Option(
        name: .long, parsing: .unconditional, help: ArgumentHelp("The simulated terminal's size.", valueName: "WxH"),
        transform: TerminalSize.parse)
    var size = TerminalSize(Size(width: 120, height: 40))

    @Option(name: .long, help: "embedded, hosted or hosted-card; default: the scenario's.")
    var mode: String?

    @OptionGroup(title: "APO over HTTP (forcing outcomes and long advanceClock steps then fail; expectations wait in real time)")
    var gateway: GatewayOptions

    @Flag(name: .long, help: "Let a steps file with no expectation pass (by default it fails: it could never catch anything).")
    var allowNoExpectations = false

    func validate() throws {
        try size.requireDrawable(flag: "--size")
        if let mode, CheckoutMode(rawValue: mode) == nil {
            throw ValidationError("--mode must be embedded, hosted or hosted-card, not '\(mode)'")
        }
    }

    @MainActor
    func run() async throws {
        let environment: SimulatorEnvironment
        let scenarioName: String
        let audited: AuditedScenario
        let parsed: [HeadlessStep]
        do {
            environment = try SimulatorEnvironment.load()
            (scenarioName, audited) = try session.scenario(named: scenario, locale: locale, environment: environment)
            let stepsPath = try stepsFile(scenarioName)
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: stepsPath)) } catch {
                throw CommandFailure("\(stepsPath): cannot be read: \(error.localizedDescription)")
            }
            parsed = try StepsParser(source: stepsPath).parse(data)
            if !allowNoExpectations, !parsed.contains(where: \.isExpectation) {
                throw CommandFailure(
                    "\(stepsPath): no step is an expectation (\(HeadlessStep.expectationKeys.joined(separator: ", "))), "
                        + "so the run could never fail; add one, or pass --allow-no-expectations")
            }
        } catch {
            throw refuse("\(error)")
        }
        ScenarioWarningPrinter.print(audited.warnings)
        var loaded = audited.scenario
        if let locale {
            do {
                loaded = try LocaleOverride.apply(locale, to: loaded, available: Strings.bundled().locales)
            } catch {
                throw refuse("--locale: \(error)")
            }
        }
        let chosenMode = CheckoutMode(rawValue: mode ?? loaded.mode?.rawValue ?? "embedded") ?? .embedded
        var run = HeadlessRun(
            scenario: loaded, scenarioName: scenarioName, mode: chosenMode, size: size.size, testCards: environment.testCards)
        run.scenarioWarnings = audited.warnings
        run.mockExecutor = MainActor.sharedUnownedExecutor
        let result = try await play(run, parsed)
        let redactor = run.redactor(for: parsed)
        if let report { try HeadlessExit.write(run.json(result, redactor: redactor), to: report) }
        if let junit { try HeadlessExit.write(run.junit(result, redactor: redactor), to: junit) }
        print(redactor.redact(PlaySummary(report: result).text))
        if !result.passed { throw ExitCode(1) }
    }

    /// Input that cannot be used still leaves the report and JUnit files CI looks for, holding the reason; exit 2.
    private func refuse(_ message: String) -> ExitCode {
        let failed = HeadlessReport.unusableInput(scenario: scenario ?? ScenarioLibrary.defaultName, message: message)
        if let report { try? HeadlessExit.write(HeadlessRun.json(failed, redactor: nil), to: report) }
        if let junit { try? HeadlessExit.write(JUnitReport.xml(failed), to: junit) }
        return HeadlessExit.badInput(message)
    }

    /// On the in-process mock, or with `--apo` over HTTP; connection and key errors are bad input (exit 2).
    @MainActor
    private func play(_ run: HeadlessRun, _ steps: [HeadlessStep]) async throws -> HeadlessReport {
        guard gateway.apo != nil else { return try await run.play(steps) }
        let remote: RemoteAPO
        let clock = OffsetClock()
        do {
            remote = try await RemoteAPO.connect(gateway, request: run.scenario.createPaymentSession, clock: clock)
        } catch {
            throw refuse("\(error)")
        }
        do {
            try await APOPreflight.check(remote.merchantServer, options: gateway)
        } catch {
            await remote.shutdown()
            throw refuse("\(error)")
        }
        if let outcomes = run.scenario.outcomes, !outcomes.isEmpty {
            guard let controls = remote.controls else {
                await remote.shutdown()
                throw refuse(
                    "\(run.scenarioName): the scenario forces outcomes (\"outcomes\"), which needs a simulated APO; "
                        + "this gateway decides every outcome itself")
            }
            _ = await controls.force(outcomes)
        }
        let result: Result<HeadlessReport, HeadlessSetupError>
        do {
            result = .success(try await run.play(steps, remote: remote.headless, clock: clock))
        } catch {
            result = .failure(error)
        }
        // AsyncHTTPClient must be shut down before it is released, whatever the run did.
        await remote.shutdown()
        return try result.get()
    }

    /// `--steps`, or the bundled steps of a bundled scenario.
    private func stepsFile(_ scenarioName: String) throws -> String {
        if let steps { return steps }
        do {
            return try CheckoutAssets.url("steps/\(scenarioName).json").path
        } catch {
            throw CommandFailure("--steps is required: '\(scenarioName)' has no bundled steps file")
        }
    }
}
