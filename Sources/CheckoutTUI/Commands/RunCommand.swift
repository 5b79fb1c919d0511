import ArgumentParser
import CheckoutDomain
import Foundation

/// `checkout-tui [--scenario NAME|PATH] [--mode embedded|hosted] [--ascii] [--monochrome]`: opens a scenario's
/// Checkout Page in the terminal, or prints a plain-text summary when there is no terminal to draw on.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Open a scenario's Checkout Page (the default command).")

    @Option(name: .long, help: "A bundled scenario name (see `checkout-tui scenarios`) or a path to a scenario JSON file.")
    var scenario: String = ScenarioLibrary.defaultName

    @Option(name: .long, help: "embedded (in the merchant's order page) or hosted (full-screen at normalUrl); default: the scenario's.")
    var mode: String?

    @Flag(name: .long, help: "Draw with ASCII characters only (for terminals without UTF-8).")
    var ascii = false

    @Flag(name: .long, help: "No colours, attributes only (NO_COLOR is respected as well).")
    var monochrome = false

    @Flag(name: .long, help: "Do not ask the terminal for mouse clicks.")
    var noMouse = false

    func validate() throws {
        if let mode, CheckoutMode(rawValue: mode) == nil {
            throw ValidationError("--mode must be embedded or hosted, not '\(mode)'")
        }
    }

    func run() async throws {
        let environment = try SimulatorEnvironment.load()
        let loaded = try environment.scenarios.load(scenario)
        let chosenMode = mode.flatMap(CheckoutMode.init(rawValue:))
            ?? loaded.mode.flatMap { CheckoutMode(rawValue: $0.rawValue) } ?? .embedded
        let setup = SessionSetup(
            scenario: loaded, scenarioName: scenario, mode: chosenMode, environment: environment)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            try await PlainTextRun(setup: setup).run()
            return
        }
        let options = TerminalRun.Options(ascii: ascii, monochrome: monochrome, mouse: !noMouse)
        try await TerminalRun(setup: setup, options: options).run()
    }
}
