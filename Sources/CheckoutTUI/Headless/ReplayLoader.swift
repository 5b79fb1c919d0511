import ArgumentParser
import CheckoutDomain
import CheckoutTUICore
import Foundation

/// Reads a recording for `replay` and `export-cast`, failing with exit code 2 and a message naming the file.
enum ReplayLoader {
    static func load(_ path: String) throws -> (Replay, SimulatorEnvironment) {
        let environment = try SimulatorEnvironment.load()
        let data = try HeadlessExit.read(path)
        do {
            let replay = try Replay(data: data, source: path, testCards: environment.testCards) { name throws(ScenarioError) in
                try environment.scenarios.load(name)
            }
            return (replay, environment)
        } catch {
            throw HeadlessExit.badInput(error.description)
        }
    }
}
