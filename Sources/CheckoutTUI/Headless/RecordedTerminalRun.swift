import ArgumentParser
import CheckoutDomain
import CheckoutTUICore
import CursesBackend
import Foundation

/// `checkout-tui --record FILE`: the interactive run with every key and its time written to FILE when it ends.
///
/// It runs on the same wiring a replay uses (`SimulatedCheckout`: sequential ids, UTC times, no outcome picker or
/// time travel), so the replay shows the same ids and screens; only the clock differs, real here, manual there.
struct RecordedTerminalRun {
    let setup: SessionSetup
    let options: TerminalRun.Options
    let file: String

    @MainActor
    func run() async throws {
        let clock = SystemClock()
        let startedAt = clock.now()
        let checkout = try SimulatedCheckout(
            scenario: setup.scenario, scenarioName: setup.scenarioName, mode: setup.mode, clock: clock,
            testCards: setup.environment.testCards, explainsAtStart: options.explain)
        await checkout.forceScenarioOutcomes()
        let terminal = try CursesTerminal(options: CursesTerminalOptions(
            forceASCII: options.ascii, forceMonochrome: options.monochrome, enableMouse: options.mouse))
        defer { terminal.shutdown() }
        var environment = checkout.environment
        environment.glyphs = terminal.glyphs
        let log = RecordingLog(testCards: setup.environment.testCards)
        let size = terminal.size
        let runner = checkout.runner
        let program = Program(
            model: RecordingCheckoutApp(app: CheckoutApp(environment: environment, size: size), log: log, startedAt: startedAt),
            backend: terminal, inputTimeoutMilliseconds: ReplayScript.tickMilliseconds
        ) { command in await runner.perform(command) }
        let finished = await program.run()
        terminal.shutdown()
        let recording = Recording(
            scenario: setup.scenarioName, embeddedScenario: Replay.embeddable(setup.scenario), size: size,
            mode: setup.mode, ascii: options.ascii, monochrome: options.monochrome, explain: options.explain,
            startedAt: startedAt, events: log.events)
        try HeadlessExit.write(try Self.encode(recording), to: file)
        print(SessionRecap(app: finished.app).text)
        print("Recorded \(recording.events.count) inputs to \(file); replay with: checkout-tui replay \(file)")
    }

    static func encode(_ recording: Recording) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(recording), as: UTF8.self) + "\n"
    }
}
