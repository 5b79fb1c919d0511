import ArgumentParser
import CheckoutDomain
import CheckoutTUICore
import CursesBackend
import Foundation

/// `checkout-tui new`: a form for a demo order (amount, currency, items, methods, buyer, 3DS, capture, locale);
/// Start opens the Checkout Page with it, Save writes it as a commented scenario file.
struct NewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Fill in a demo order in a form, then start its checkout or save it as a scenario file.")

    @Flag(name: .long, help: "Draw with ASCII characters only (for terminals without UTF-8).")
    var ascii = false

    @Flag(name: .long, help: "No colours, attributes only (NO_COLOR is respected as well).")
    var monochrome = false

    @MainActor
    func run() async throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw ValidationError(
                "checkout-tui new is a form in the terminal; without one, build the session with flags "
                    + "(checkout-tui --amount 299.90 --currency BRL --methods PIX,CARD …) or write a file with "
                    + "`checkout-tui scenarios new NAME`")
        }
        let environment = try SimulatorEnvironment.load()
        let form = OrderFormApp(
            builder: ScenarioBuilder(currencies: environment.currencies, catalog: environment.catalog),
            clock: SystemClock(), locales: try Strings.bundled().locales)
        let terminal = try CursesTerminal(options: CursesTerminalOptions(
            forceASCII: ascii, forceMonochrome: monochrome, enableMouse: false))
        let program = Program(model: form, backend: terminal) { command in
            switch command {
            case .save(let path, let text):
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                    return [.saved(path: path)]
                } catch {
                    return [.saveFailed("\(path): cannot be written: \(error.localizedDescription)")]
                }
            }
        }
        let finished = await program.run()
        terminal.shutdown()
        guard case .start(let scenario)? = finished.outcome else { return }
        let setup = SessionSetup(scenario: scenario, scenarioName: "new", mode: .embedded, environment: environment)
        try await TerminalRun(
            setup: setup, options: TerminalRun.Options(ascii: ascii, monochrome: monochrome, mouse: true, explain: false))
            .run()
    }
}
