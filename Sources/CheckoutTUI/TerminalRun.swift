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
        // In-process answers take the scenario's latency, or a short one, so "Processing…" can be seen.
        // The in-process mock is built right after the first frame is drawn (`AfterFirstFrame`).
        let wired = try await setup.withLatency(setup.scenario.latency ?? .interactive).wire(
            clock: OffsetClock(), ids: .random, timeZone: .current, explain: options.explain, mockAfterFirstFrame: true)
        let terminal = try await wired.openTerminal(options)
        // Restores the tty however the run ends; `shutdown` is idempotent.
        defer { terminal.shutdown() }
        var environment = wired.environment
        environment.glyphs = terminal.glyphs
        let runner = wired.runner
        let app = CheckoutApp(environment: environment, size: terminal.size)
        let finished: CheckoutApp
        switch options.firstFrameEnding {
        case nil:
            finished = await Self.run(app, on: AfterFirstFrame(terminal) { runner.wireMockAfterFirstFrame() }, runner: runner)
        // Ends at its first frame: the mock it would build next is never needed.
        case .exit: finished = await Self.run(app, on: AfterFirstFrame.firstFrameStop(terminal), runner: runner)
        case .crash:
            finished = await Self.run(app, on: AfterFirstFrame.firstFrameStop(terminal) { FirstFrameEnding.crash.trap() }, runner: runner)
        }
        terminal.shutdown()
        await wired.remote?.shutdown()
        if let error = runner.buildError { throw error }
        // A start-up measurement ends at the restored terminal; the recap of an unstarted session says nothing.
        guard options.firstFrameEnding == nil else { return }
        print(SessionRecap(app: finished).text)
        if let signal = terminal.terminationSignal { throw ExitCode(128 + signal) }
        if case .sessionFailed = finished.state.stage { throw ExitCode(1) }
    }

    /// Ten ticks a second drive the clock, the spinner and due timers; keys still arrive the moment they are typed.
    @MainActor
    private static func run<Backend: TerminalBackend>(
        _ app: CheckoutApp, on backend: Backend, runner: RunEffects
    ) async -> CheckoutApp {
        let program = Program(model: app, backend: backend, inputTimeoutMilliseconds: 100) { command in
            await runner.perform(command)
        }
        return await program.run()
    }
}

extension WiredRun {
    /// The terminal the run draws on; when it cannot be opened the HTTP connection is closed before the error goes up.
    @MainActor
    func openTerminal(_ options: TerminalRun.Options) async throws -> CursesTerminal {
        do {
            return try CursesTerminal(options: CursesTerminalOptions(
                forceASCII: options.ascii, forceMonochrome: options.monochrome, enableMouse: options.mouse))
        } catch {
            // AsyncHTTPClient must be shut down before it is released.
            await remote?.shutdown()
            throw error
        }
    }
}
