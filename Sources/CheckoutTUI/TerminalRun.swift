import ArgumentParser
import CheckoutDomain
import CheckoutTUICore
import CursesBackend
import Foundation

/// The interactive run: the app on ncurses over the in-process APO (or an APO over HTTP with `--apo`), the terminal restored however it ends,
/// and the session's timeline printed afterwards for the record.
struct TerminalRun {
    /// How to draw, from the command line.
    struct Options {
        var ascii: Bool
        var monochrome: Bool
        var mouse: Bool
        /// Open with the explain pane shown.
        var explain: Bool
        /// End right after the first frame instead of waiting for the buyer.
        var firstFrameEnding: FirstFrameEnding? = nil
    }

    let setup: SessionSetup
    let options: Options

    @MainActor
    func run() async throws {
        // The machine's time, moved forward by the time-travel menu.
        let clock = OffsetClock()
        let ids = RandomIDGenerator()
        let remote = setup.gateway.apo == nil
            ? nil : try await RemoteAPO.connect(setup.gateway, request: setup.scenario.createPaymentSession)
        let terminal = try CursesTerminal(options: CursesTerminalOptions(
            forceASCII: options.ascii, forceMonochrome: options.monochrome, enableMouse: options.mouse))
        // Restores the tty even if building the app throws; `shutdown` is idempotent.
        defer { terminal.shutdown() }
        var environment = try AppEnvironment.bundled(
            scenario: setup.scenario, scenarioName: setup.scenarioName, mode: setup.mode, clock: clock, ids: ids,
            glyphs: terminal.glyphs)
        environment.explainsAtStart = options.explain
        environment.scenarioWarnings = setup.scenarioWarnings
        let runner: AppEffectRunner
        if let remote {
            // Forcing outcomes and time travel reach into the mock; over HTTP the picker says they are unavailable.
            environment.offersSimulationControls = false
            runner = AppEffectRunner(
                merchantServer: remote.merchantServer, checkoutPage: remote.checkoutPage,
                notifications: remote.notifications)
        } else {
            let (apo, receiver) = try setup.makeAPO(clock: clock, ids: ids)
            // A scenario may force its first outcomes (docs/scenarios.md, `outcomes`).
            await apo.force(setup.scenario.outcomes ?? [])
            environment.offersSimulationControls = true
            runner = AppEffectRunner(
                merchantServer: apo, checkoutPage: apo,
                notifications: MockNotificationFeed(apo: apo, receiver: receiver),
                controls: MockSimulationControls(apo: apo, clock: clock),
                latency: setup.scenario.latency ?? .interactive, clock: clock)
        }
        let app = CheckoutApp(environment: environment, size: terminal.size)
        let finished: CheckoutApp
        switch options.firstFrameEnding {
        case nil: finished = await Self.run(app, on: terminal, runner: runner)
        case .exit: finished = await Self.run(app, on: FirstFrameStop(terminal), runner: runner)
        case .crash:
            finished = await Self.run(app, on: FirstFrameStop(terminal) { FirstFrameEnding.crash.trap() }, runner: runner)
        }
        terminal.shutdown()
        await remote?.shutdown()
        // A start-up measurement ends at the restored terminal; the recap of an unstarted session says nothing.
        guard options.firstFrameEnding == nil else { return }
        print(SessionRecap(app: finished).text)
        if let signal = terminal.terminationSignal { throw ExitCode(128 + signal) }
        if case .sessionFailed = finished.state.stage { throw ExitCode(1) }
    }

    /// Ten ticks a second drive the clock, the spinner and due timers; keys still arrive the moment they are typed.
    @MainActor
    private static func run<Backend: TerminalBackend>(
        _ app: CheckoutApp, on backend: Backend, runner: AppEffectRunner
    ) async -> CheckoutApp {
        let program = Program(model: app, backend: backend, inputTimeoutMilliseconds: 100) { command in
            await runner.perform(command)
        }
        return await program.run()
    }
}
