import ArgumentParser
import CheckoutDomain
import Foundation

/// `checkout-tui scenarios`: the bundled scenarios, one line each; `scenarios new` writes a template to edit.
struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "List the bundled scenarios (list, the default) or write a commented one to edit (new).",
        subcommands: [ListScenariosCommand.self, NewScenarioCommand.self],
        defaultSubcommand: ListScenariosCommand.self)
}

/// `checkout-tui scenarios list`: the bundled scenarios, one line each.
struct ListScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the bundled scenarios.")

    func run() throws {
        let environment = try SimulatorEnvironment.load()
        let names = try environment.scenarios.bundledNames()
        let width = names.map(\.count).max() ?? 0
        for name in names {
            let scenario = try environment.scenarios.load(name)
            let marker = name == ScenarioLibrary.defaultName ? "*" : " "
            print("\(marker) \(name.padding(toLength: width, withPad: " ", startingAt: 0))  \(scenario.title)")
        }
        print("\n* opens when no --scenario is given. Run one with: checkout-tui --scenario NAME")
        print("Write your own from one of them: checkout-tui scenarios new NAME --from SCENARIO")
    }
}

/// `checkout-tui scenarios new NAME [--from S | session flags] [--force]`: writes NAME.json, a scenario with
/// `_comment` notes on what to edit, that loads as it is.
struct NewScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write NAME.json: a commented scenario to edit, from a scenario (--from) or from session flags.")

    @Argument(help: "The file to write: NAME.json in the current directory, or a path ending in .json.")
    var name: String

    @Option(name: .long, help: "Start from this bundled scenario or scenario file (default: \(ScenarioLibrary.defaultName)).")
    var from: String?

    @OptionGroup(title: "Or build the session from flags")
    var session: SessionFlags

    @Option(name: .long, help: "The session's locale (with session flags): \(Strings.bundledLocaleChoices).")
    var locale: String?

    @Flag(name: .long, help: "Replace the file if it exists.")
    var force = false

    func run() throws {
        let path = name.hasSuffix(".json") ? name : "\(name).json"
        if !force, FileManager.default.fileExists(atPath: path) {
            throw CommandFailure("\(path) already exists; pass --force to replace it, or choose another NAME")
        }
        let environment = try SimulatorEnvironment.load()
        var (_, audited) = try session.scenario(named: from, locale: locale, environment: environment)
        if session.isGiven {
            audited.scenario.title = "Your scenario: \(audited.scenario.title.replacingOccurrences(of: "Built from flags: ", with: ""))"
        }
        ScenarioWarningPrinter.print(audited.warnings)
        do {
            try Data(ScenarioTemplate.render(audited.scenario).utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure("\(path): cannot be written: \(error.localizedDescription)")
        }
        print("Wrote \(path). Edit it, then run it with: checkout-tui --scenario \(path)")
    }
}
