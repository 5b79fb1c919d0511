import ArgumentParser
import CheckoutDomain
import CheckoutTUICore
import Foundation

/// `checkout-tui [--scenario NAME|PATH] [--mode embedded|hosted|hosted-card] [--locale xx_YY] [--explain] [--ascii] [--monochrome]`:
/// opens a scenario's Checkout Page in the terminal, or prints a plain-text summary when there is no terminal to draw on.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Open a scenario's Checkout Page (the default command).")

    @Option(name: .long, help: "A bundled scenario name (see `checkout-tui scenarios`) or a path to a scenario JSON file (default: \(ScenarioLibrary.defaultName)).")
    var scenario: String?

    @OptionGroup(title: "A session without a scenario file")
    var session: SessionFlags

    @Option(name: .long, help: "embedded (in the merchant's order page), hosted (full-screen at normalUrl) or hosted-card (seed 002: pay with CARD only, the card typed on APO's card page); default: the scenario's.")
    var mode: String?

    @Flag(name: .long, help: "Draw with ASCII characters only (for terminals without UTF-8).")
    var ascii = false

    @Flag(name: .long, help: "No colours, attributes only (NO_COLOR is respected as well).")
    var monochrome = false

    @Flag(name: .long, help: "Do not ask the terminal for mouse clicks.")
    var noMouse = false

    @Option(name: .long, help: "Override the session's locale: \(Strings.bundledLocaleChoices) (page, merchant pages, amounts, dates, explain pane).")
    var locale: String?

    @Flag(name: .long, help: "Open with the explain pane shown (toggle with e): what each event means and what to tell the buyer.")
    var explain = false

    @OptionGroup(title: "APO over HTTP")
    var gateway: GatewayOptions

    @Option(name: .long, help: "Record the run's keys and their timings to FILE, for `checkout-tui replay` and `export-cast` (docs/qa.md).")
    var record: String?

    @Flag(name: .long, help: "Exit as soon as the first frame is drawn, terminal restored (for start-up benchmarks; scripts/bench.sh).")
    var exitAfterFirstFrame = false

    @Flag(name: .long, help: .hidden)
    var debugCrashAfterFirstFrame = false

    func validate() throws {
        if exitAfterFirstFrame || debugCrashAfterFirstFrame {
            guard record == nil else {
                throw ValidationError("--record needs a whole session; it cannot be combined with --exit-after-first-frame")
            }
            guard !(exitAfterFirstFrame && debugCrashAfterFirstFrame) else {
                throw ValidationError("choose one of --exit-after-first-frame and --debug-crash-after-first-frame")
            }
        }
        if let mode, CheckoutMode(rawValue: mode) == nil {
            throw ValidationError("--mode must be embedded, hosted or hosted-card, not '\(mode)'")
        }
    }

    func run() async throws {
        let environment = try SimulatorEnvironment.load()
        let (scenarioName, audited) = try session.scenario(named: scenario, locale: locale, environment: environment)
        ScenarioWarningPrinter.print(audited.warnings)
        var loaded = audited.scenario
        if let locale {
            do {
                loaded = try LocaleOverride.apply(locale, to: loaded, available: Strings.bundled().locales)
            } catch let error as LocaleOverrideError {
                throw ValidationError("--locale: \(error)")
            }
        }
        let chosenMode = mode.flatMap(CheckoutMode.init(rawValue:))
            ?? loaded.mode.flatMap { CheckoutMode(rawValue: $0.rawValue) } ?? .embedded
        var setup = SessionSetup(
            scenario: loaded, scenarioName: scenarioName, mode: chosenMode, environment: environment, gateway: gateway)
        setup.scenarioWarnings = audited.warnings
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            if firstFrameEnding != nil {
                throw ValidationError("--exit-after-first-frame draws on a terminal; stdin and stdout must both be one")
            }
            try await PlainTextRun(setup: setup).run()
            return
        }
        let options = TerminalRun.Options(
            ascii: ascii, monochrome: monochrome, mouse: !noMouse, explain: explain, firstFrameEnding: firstFrameEnding)
        if let record {
            try await RecordedTerminalRun(setup: setup, options: options, file: record).run()
            return
        }
        try await TerminalRun(setup: setup, options: options).run()
    }

    private var firstFrameEnding: FirstFrameEnding? {
        if exitAfterFirstFrame { return .exit }
        return debugCrashAfterFirstFrame ? .crash : nil
    }
}
