import CheckoutDomain
import Foundation

/// Writes a scenario's unknown keys to standard error before the run starts (the timeline shows them too).
enum ScenarioWarningPrinter {
    static func print(_ warnings: [ScenarioWarning]) {
        for warning in warnings {
            FileHandle.standardError.write(Data("checkout-tui: warning: \(warning)\n".utf8))
        }
    }
}
