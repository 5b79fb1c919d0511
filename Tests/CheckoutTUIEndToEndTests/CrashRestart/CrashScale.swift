import Foundation

/// How large the crash test runs: small by default for CI, larger when scripts/bench.sh sets the variables.
struct CrashScale {
    /// Acknowledged pays before the kill: `CHECKOUT_CRASH_PAYMENTS`, 150 by default.
    let payments: Int
    /// Concurrent merchants: `CHECKOUT_CRASH_WORKERS`, 8 by default.
    let workers: Int

    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> CrashScale
    {
        func count(_ name: String, default value: Int) throws -> Int {
            guard let text = environment[name], !text.isEmpty else { return value }
            guard let number = Int(text), number > 0 else {
                throw E2EError("\(name) must be a positive whole number, not '\(text)'")
            }
            return number
        }
        return CrashScale(
            payments: try count("CHECKOUT_CRASH_PAYMENTS", default: 150),
            workers: try count("CHECKOUT_CRASH_WORKERS", default: 8))
    }

    /// Pays whose notifications go to a merchant that is down until the restart. Bounded, so that their retries
    /// stay early in the (scaled) schedule, where attempts are seconds apart.
    var tail: Int { max(1, min(payments / 4, 40)) }

    /// How long after the restart every owed PAYMENT_RESULT may take to arrive.
    var notificationWait: Duration { .seconds(30 + payments / 50) }
}
