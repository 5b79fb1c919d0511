import ArgumentParser
import CheckoutDomain
import Foundation

/// `checkout-tui scenarios`: the bundled scenarios, one line each.
struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "List the bundled scenarios.")

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
    }
}
