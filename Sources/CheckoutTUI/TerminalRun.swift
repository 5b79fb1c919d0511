import ArgumentParser
import CheckoutDomain
import CheckoutTUICore
import CursesBackend
import Foundation

/// The interactive run: the app on ncurses over the in-process APO, the terminal restored however it ends,
/// and the session's timeline printed afterwards for the record.
struct TerminalRun {
    /// How to draw, from the command line.
    struct Options {
        var ascii: Bool
        var monochrome: Bool
        var mouse: Bool
    }

    let setup: SessionSetup
    let options: Options

    @MainActor
    func run() async throws {
        let clock = SystemClock()
        let ids = RandomIDGenerator()
        let (apo, receiver) = try setup.makeAPO(clock: clock, ids: ids)
        let terminal = try CursesTerminal(options: CursesTerminalOptions(
            forceASCII: options.ascii, forceMonochrome: options.monochrome, enableMouse: options.mouse))
        // Restores the tty even if building the app throws; `shutdown` is idempotent.
        defer { terminal.shutdown() }
        let environment = try AppEnvironment.bundled(
            scenario: setup.scenario, scenarioName: setup.scenarioName, mode: setup.mode, clock: clock, ids: ids,
            glyphs: terminal.glyphs)
        let runner = AppEffectRunner(
            merchantServer: apo, checkoutPage: apo, notifications: MockNotificationFeed(apo: apo, receiver: receiver))
        // Ten ticks a second drive the clock, the spinner and due timers; keys still arrive the moment they are typed.
        let program = Program(
            model: CheckoutApp(environment: environment, size: terminal.size), backend: terminal,
            inputTimeoutMilliseconds: 100
        ) { command in await runner.perform(command) }
        let finished = await program.run()
        terminal.shutdown()
        print(SessionRecap(app: finished).text)
        if case .sessionFailed = finished.state.stage { throw ExitCode(1) }
    }
}
