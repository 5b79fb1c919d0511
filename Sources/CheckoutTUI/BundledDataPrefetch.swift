import CheckoutDomain
import Foundation

/// Decodes the bundled data every command reads (test cards, the method catalog, currencies, the en_US texts) and the
/// default scenario on a thread of its own while the main one parses the command line, so the two costs of start-up
/// overlap instead of adding up (docs/performance.md).
///
/// Each table is a process-wide value made once, so a command that asks for one before this thread is done waits for
/// it, and one the thread could not read fails there with the same error, naming the file.
enum BundledDataPrefetch {
    static func start() {
        Thread.detachNewThread {
            _ = try? SandboxTestCards.bundled()
            _ = try? PaymentMethodCatalog.bundled()
            _ = try? CurrencyTable.bundled()
            _ = try? Strings.bundled()
            // Foundation reads the zone once and keeps it; the clock of every run asks for it.
            _ = TimeZone.current
            _ = defaultScenario
        }
    }

    /// The bundled default scenario, read and audited once: most runs open it, and its reading is the largest part
    /// of start-up after the command line's parse. Read with the bundled test cards, as `SimulatorEnvironment`'s
    /// library reads it; a command that opens it before this thread is done waits for it.
    static let defaultScenario = Result { () throws -> AuditedScenario in
        try ScenarioLibrary(testCards: SandboxTestCards.bundled()).loadAudited(ScenarioLibrary.defaultName)
    }
}
