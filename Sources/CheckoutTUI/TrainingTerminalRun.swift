import ArgumentParser
import CheckoutDomain
import CheckoutServices
import CheckoutTUICore
import CursesBackend
import Foundation

/// `checkout-tui train` in the terminal: the training shell on ncurses, each finished case kept in the progress
/// store, the terminal restored however it ends.
struct TrainingTerminalRun {
    let entries: [TrainingCaseEntry]
    let progress: TrainingProgress
    let store: TrainingProgressStore
    let locale: String?
    /// Training's own words, printed in `locale` too.
    let strings: Strings
    let monochrome: Bool

    @MainActor
    func run() async throws {
        let testCards: SandboxTestCards
        do { testCards = try SandboxTestCards.bundled() } catch { throw HeadlessExit.badInput("\(error)") }
        let terminal = try CursesTerminal(options: CursesTerminalOptions(forceMonochrome: monochrome))
        defer { terminal.shutdown() }
        let store = store
        let runner = TrainingRunner(testCards: testCards) { result in
            do {
                return .progressSaved(try store.record(result, at: Date()))
            } catch {
                return .progressFailed("\(error)")
            }
        }
        let app = TrainingApp(entries: entries, progress: progress, locale: locale, strings: strings, size: terminal.size)
        let program = Program(model: app, backend: terminal, inputTimeoutMilliseconds: 100) { command in
            await runner.perform(command)
        }
        let finished = await program.run()
        terminal.shutdown()
        print(TrainingProgressText(text: strings.localizer(for: locale)).progress(finished.progress, at: store.url.path))
        if let signal = terminal.terminationSignal { throw ExitCode(128 + signal) }
    }
}
