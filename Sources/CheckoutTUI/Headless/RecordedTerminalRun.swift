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
        // The machine's time, moved forward by the time-travel menu; the replay's ManualClock follows it.
        let clock = OffsetClock()
        let startedAt = clock.now()
        // The latency the run had is written into the recorded scenario, so the replay's answers arrive no later
        // than they did (over HTTP the latency is the least wait, the network's time counting toward it).
        let recorded = setup.withLatency(setup.scenario.latency ?? .interactive)
        // The replay's wiring (sequential ids), or with `--apo` the APO over HTTP (random ids, as a live server
        // needs); the machine's zone, as an unrecorded run shows, named in the recording so the replay agrees.
        let wired = try await recorded.wire(
            clock: clock, ids: setup.gateway.apo == nil ? .sequential : .random, timeZone: .current,
            explain: options.explain)
        let terminal = try await wired.openTerminal(options)
        defer { terminal.shutdown() }
        var environment = wired.environment
        let runner = wired.runner
        environment.glyphs = terminal.glyphs
        let log = RecordingLog(testCards: setup.environment.testCards, startedAt: startedAt)
        let size = terminal.size
        let program = Program(
            model: RecordingCheckoutApp(app: CheckoutApp(environment: environment, size: size), log: log, startedAt: startedAt),
            backend: terminal, inputTimeoutMilliseconds: ReplayScript.tickMilliseconds
        ) { command in await runner.perform(command) }
        let finished = await program.run()
        terminal.shutdown()
        await wired.remote?.shutdown()
        let recording = Recording(
            scenario: setup.scenarioName, embeddedScenario: Replay.embeddable(recorded.scenario), size: size,
            mode: setup.mode, ascii: options.ascii, monochrome: options.monochrome, explain: options.explain,
            startedAt: startedAt, timeZone: environment.timeZone, events: log.events)
        try HeadlessExit.write(try Self.encode(recording), to: file)
        print(SessionRecap(app: finished.app).text)
        print("Recorded \(recording.events.count) inputs to \(file); replay with: checkout-tui replay \(file)")
        if let signal = terminal.terminationSignal { throw ExitCode(128 + signal) }
    }

    static func encode(_ recording: Recording) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(recording), as: UTF8.self) + "\n"
    }
}
