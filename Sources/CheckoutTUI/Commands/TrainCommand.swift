import ArgumentParser
import CheckoutDomain
import CheckoutServices
import CheckoutTUICore
import Foundation

/// `checkout-tui train`: support-staff training (docs/training.md). Without a subcommand it lists the cases and
/// opens one (`cases`); `train play` grades an answers file headless.
struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Training for support staff: cases to solve, checked answers, progress (docs/training.md).",
        subcommands: [TrainCasesCommand.self, TrainPlayCommand.self],
        defaultSubcommand: TrainCasesCommand.self)
}

/// `checkout-tui train [cases]`: the cases (bundled and `--cases DIR`) to open in the TUI; `--progress` and
/// `--report FILE` show or write the trainee's progress instead.
struct TrainCasesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "List the training cases and open one; or show (--progress) or write (--report) your progress.")

    @OptionGroup var cases: TrainingCaseOptions

    @Flag(name: .long, help: "Print the progress saved under the XDG state directory and exit.")
    var progress = false

    @Option(name: .long, help: "Write the saved progress as JSON to this file (for a trainer) and exit.")
    var report: String?

    @Flag(name: .long, help: "Print the cases, broken ones with the reason, and exit.")
    var list = false

    @Flag(name: .long, help: "Draw without colours (also when NO_COLOR is set).")
    var monochrome = false

    @MainActor
    func run() async throws {
        let store: TrainingProgressStore
        let saved: TrainingProgress
        let strings: Strings
        do {
            store = try TrainingProgressStore.standard()
            saved = try store.load()
            strings = try Strings.bundled()
        } catch {
            throw HeadlessExit.badInput("\(error)")
        }
        let printed = TrainingProgressText(text: strings.localizer(for: cases.locale))
        if progress || report != nil {
            if progress { print(printed.progress(saved, at: store.url.path)) }
            if let report { try HeadlessExit.write(Self.json(saved), to: report) }
            return
        }
        let entries = try cases.load()
        if list {
            print(printed.list(entries, progress: saved))
            return
        }
        try await TrainingTerminalRun(
            entries: entries, progress: saved, store: store, locale: cases.locale, strings: strings, monochrome: monochrome
        ).run()
    }

    static func json(_ progress: TrainingProgress) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(progress)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }
}

/// `checkout-tui train play CASE --answers FILE [--report FILE]`: runs a case's situation, grades the answers and
/// prints the feedback; exit 0 when every answer is right, 1 when one is wrong, 2 when a file cannot be used.
struct TrainPlayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Grade a case's answers headless (exit 0 all right, 1 one wrong, 2 bad file).")

    @Argument(help: "A case id (bundled or in --cases DIR) or a path to a case file.")
    var caseName: String

    @Option(name: .long, help: "The answers file: {\"<question id>\": \"<choice id>\" or <timeline entry number>, …}.")
    var answers: String

    @Option(name: .long, help: "Write the JSON report (verdicts, feedback, the numbered timeline) here.")
    var report: String?

    @OptionGroup var cases: TrainingCaseOptions

    @MainActor
    func run() async throws {
        let environment: SimulatorEnvironment
        do { environment = try SimulatorEnvironment.load() } catch { throw HeadlessExit.badInput("\(error)") }
        let entry = try cases.entry(named: caseName)
        let situation: TrainingSituation
        do {
            situation = try await TrainingSituation.open(
                entry, locale: cases.locale, testCards: environment.testCards, size: Size(width: 120, height: 40))
        } catch {
            throw HeadlessExit.badInput("\(error)")
        }
        let given: [String: TrainingAnswerValue]
        do {
            given = try TrainingAnswersFile.parse(try HeadlessExit.read(answers), file: answers, for: situation.trainingCase)
        } catch let error as TrainingCaseError {
            throw HeadlessExit.badInput("\(error)")
        }
        let result = TrainingPlay.play(situation, answers: given)
        if let report { try HeadlessExit.write(situation.redactor.redact(result.json), to: report) }
        print(situation.redactor.redact(result.summary))
        if !result.passed { throw ExitCode(1) }
    }
}

/// Where cases come from, and the session's locale.
struct TrainingCaseOptions: ParsableArguments {
    @Option(name: .long, help: "A folder of your own case files, listed after the bundled ones.")
    var cases: String?

    @Option(name: .long, help: "The session's locale for the case's page, ticket and questions: \(Strings.bundledLocaleChoices); default: the scenario's.")
    var locale: String?

    func load() throws -> [TrainingCaseEntry] {
        do { return try TrainingLibrary.load(extraDirectory: cases) } catch { throw HeadlessExit.badInput("\(error)") }
    }

    /// A case by id, or a case file by path.
    func entry(named name: String) throws -> TrainingCaseEntry {
        if name.hasSuffix(".json") || name.contains("/") {
            let url = URL(fileURLWithPath: name)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw HeadlessExit.badInput("\(name): no such case file")
            }
            return TrainingLibrary.entry(at: url, shownAs: name, bundled: false)
        }
        let entries = try load()
        guard let entry = entries.first(where: { $0.id == name }) else {
            let near = NearestName.suggest(for: name, among: entries.map(\.id)).map { " (did you mean \($0)?)" } ?? ""
            throw HeadlessExit.badInput(
                "no case named '\(name)'\(near); cases: \(entries.map(\.id).joined(separator: ", "))")
        }
        return entry
    }
}
