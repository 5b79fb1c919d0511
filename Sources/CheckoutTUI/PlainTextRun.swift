import ArgumentParser
import CheckoutDomain
import CheckoutTUICore
import Foundation

/// The run without a terminal (output piped or redirected): the session is created and summarised as text.
struct PlainTextRun {
    let setup: SessionSetup

    func run() async throws {
        let request = setup.scenario.createPaymentSession
        // A summary has nothing to watch: the answer comes at once.
        let wired = try await setup.withLatency(.zero).wire(
            clock: OffsetClock(), ids: .random, timeZone: .current, explain: false)
        let answer = await wired.runner.perform(.createPaymentSession(request))
        await wired.remote?.shutdown()
        let response: CreatePaymentSessionResponse
        switch answer.first {
        case .sessionCreated(let created)?: response = created
        case .sessionCreationFailed(let error)?: throw error
        default: throw CommandFailure("createPaymentSession gave no answer")
        }
        let summary = SessionSummary(scenario: setup.scenario, response: response, environment: setup.environment)
        print(summary.text)
        FileHandle.standardError.write(Data(
            ("\nThis is a plain-text summary because standard input or output is not a terminal. "
                + "Run checkout-tui directly in a terminal (for example `swift run checkout-tui`) to open the "
                + "Checkout Page.\n").utf8))
        if response.result.resultStatus != .success { throw ExitCode(1) }
    }
}
