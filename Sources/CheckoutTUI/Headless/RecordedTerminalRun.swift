import ArgumentParser
import CheckoutDomain
import CheckoutTUICore
import CursesBackend
import Foundation

/// `checkout-tui --record FILE`: the interactive run with every key and its time written to FILE when it ends.
///
/// It runs on the same wiring a replay uses (`SimulatedCheckout`: sequential ids, UTC times, no outcome picker or
/// time travel), so the replay shows the same ids and screens; only the clock differs, real here, manual there.
/// With `--apo` the keys go to the APO over HTTP instead (random ids, as a live server needs); the replay then
/// plays the same keys on the in-process mock.
struct RecordedTerminalRun {
    let setup: SessionSetup
    let options: TerminalRun.Options
    let file: String

    @MainActor
    func run() async throws {
        let clock = SystemClock()
        let startedAt = clock.now()
        // The latency the run had is written into the recorded scenario, so the replay waits the same: the
        // interactive default in-process, none over HTTP (the APO's own answers were the only wait, and the replay
        // runs on the in-process mock).
        var scenario = setup.scenario
        scenario.latency = setup.gateway.apo == nil ? scenario.latency ?? .interactive : .zero
        let remote = setup.gateway.apo == nil
            ? nil : try await RemoteAPO.connect(setup.gateway, request: setup.scenario.createPaymentSession)
        let wired: (AppEnvironment, AppEffectRunner)
        let terminal: CursesTerminal
        do {
            wired = try await wiring(scenario, clock: clock, remote: remote)
            terminal = try CursesTerminal(options: CursesTerminalOptions(
                forceASCII: options.ascii, forceMonochrome: options.monochrome, enableMouse: options.mouse))
        } catch {
            // AsyncHTTPClient must be shut down before it is released.
            await remote?.shutdown()
            throw error
        }
        defer { terminal.shutdown() }
        var environment = wired.0
        let runner = wired.1
        environment.glyphs = terminal.glyphs
        let log = RecordingLog(testCards: setup.environment.testCards, startedAt: startedAt)
        let size = terminal.size
        let program = Program(
            model: RecordingCheckoutApp(app: CheckoutApp(environment: environment, size: size), log: log, startedAt: startedAt),
            backend: terminal, inputTimeoutMilliseconds: ReplayScript.tickMilliseconds
        ) { command in await runner.perform(command) }
        let finished = await program.run()
        terminal.shutdown()
        await remote?.shutdown()
        let recording = Recording(
            scenario: setup.scenarioName, embeddedScenario: Replay.embeddable(scenario), size: size,
            mode: setup.mode, ascii: options.ascii, monochrome: options.monochrome, explain: options.explain,
            startedAt: startedAt, timeZone: environment.timeZone, events: log.events)
        try HeadlessExit.write(try Self.encode(recording), to: file)
        print(SessionRecap(app: finished.app).text)
        print("Recorded \(recording.events.count) inputs to \(file); replay with: checkout-tui replay \(file)")
        if let signal = terminal.terminationSignal { throw ExitCode(128 + signal) }
    }

    /// The replay's wiring, or with `--apo` the APO over HTTP on the same clock and time zone.
    private func wiring(
        _ scenario: Scenario, clock: SystemClock, remote: RemoteAPO?
    ) async throws -> (AppEnvironment, AppEffectRunner) {
        guard let remote else {
            // The machine's zone, as an unrecorded run shows; the recording names it so the replay agrees.
            let checkout = try SimulatedCheckout(
                scenario: scenario, scenarioName: setup.scenarioName, mode: setup.mode, clock: clock,
                testCards: setup.environment.testCards, timeZone: .current, explainsAtStart: options.explain,
                scenarioWarnings: setup.scenarioWarnings)
            await checkout.forceScenarioOutcomes()
            return (checkout.environment, checkout.runner)
        }
        var environment = try AppEnvironment.bundled(
            scenario: scenario, scenarioName: setup.scenarioName, mode: setup.mode, clock: clock,
            ids: RandomIDGenerator(), timeZone: .current)
        environment.explainsAtStart = options.explain
        environment.scenarioWarnings = setup.scenarioWarnings
        let runner = AppEffectRunner(
            merchantServer: remote.merchantServer, checkoutPage: remote.checkoutPage, notifications: remote.notifications)
        return (environment, runner)
    }

    static func encode(_ recording: Recording) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(recording), as: UTF8.self) + "\n"
    }
}
