import ArgumentParser
import CheckoutDomain
import CheckoutTUICore
import CursesBackend
import Foundation

/// `checkout-tui replay FILE [--speed X]`: plays a recording in the terminal for a presenter.
///
/// Keys: Space pauses and resumes, `n` performs the next recorded key while paused, `+`/`-` double or halve the
/// speed, `q` quits. The app runs on a ManualClock set to each recorded time, so the run is the recorded one.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a recording in the terminal (Space pause, n step, +/- speed, q quit).")

    @Argument(help: "A recording made with `checkout-tui --record FILE`.")
    var recording: String

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Playback speed: 2 is twice as fast, 0.5 half as fast.", valueName: "X"),
        transform: ReplayPresenter.parseSpeed)
    var speed: Double = 1

    @MainActor
    func run() async throws {
        let (replay, environment) = try ReplayLoader.load(recording)
        let terminal = try CursesTerminal(options: CursesTerminalOptions(
            forceASCII: replay.recording.ascii, forceMonochrome: replay.recording.monochrome, enableMouse: false))
        defer { terminal.shutdown() }
        let player = try replay.makeSession(testCards: environment.testCards, glyphs: terminal.glyphs)
        if terminal.size != replay.recording.size { await player.session.press(.resize(terminal.size)) }
        await player.start()
        var presenter = ReplayPresenter(speed: speed)
        terminal.present(player.session.frame)
        var elapsed = 0.0
        while !presenter.quit {
            if let key = terminal.nextKey(timeoutMilliseconds: ReplayPresenter.pollMilliseconds) {
                if presenter.handle(key) { await player.performThroughNextKey() }
                if case .resize(let size) = key { await player.session.press(.resize(size)) }
            } else if !presenter.paused {
                elapsed += Double(ReplayPresenter.pollMilliseconds) * presenter.speed
            }
            // Catch up with every recorded action whose time has come at the current speed.
            while !presenter.paused, let next = player.nextAt, Double(next) <= elapsed {
                await player.performNext()
            }
            if presenter.paused, let next = player.nextAt { elapsed = Double(next) }
            terminal.present(presenter.overlay(on: player.session.frame, done: player.isDone))
        }
        terminal.shutdown()
    }
}
