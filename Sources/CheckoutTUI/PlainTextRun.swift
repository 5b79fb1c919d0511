import ArgumentParser
import CheckoutDomain
import Foundation

/// The run without a terminal (output piped or redirected): the session is created and summarised as text.
struct PlainTextRun {
    let setup: SessionSetup

    func run() async throws {
        let (apo, _) = try setup.makeAPO(clock: SystemClock(), ids: RandomIDGenerator())
        let response = try await apo.createPaymentSession(setup.scenario.createPaymentSession)
        let summary = SessionSummary(scenario: setup.scenario, response: response, environment: setup.environment)
        print(summary.text)
        FileHandle.standardError.write(Data(
            ("\nThis is a plain-text summary because standard input or output is not a terminal. "
                + "Run checkout-tui directly in a terminal (for example `swift run checkout-tui`) to open the "
                + "Checkout Page.\n").utf8))
        if response.result.resultStatus != .success { throw ExitCode(1) }
    }
}
