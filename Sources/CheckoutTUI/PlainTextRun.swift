import ArgumentParser
import CheckoutDomain
import CheckoutServices
import Foundation

/// The run without a terminal (output piped or redirected): the session is created and summarised as text.
struct PlainTextRun {
    let setup: SessionSetup

    func run() async throws {
        let request = setup.scenario.createPaymentSession
        let response: CreatePaymentSessionResponse
        if setup.gateway.apo != nil {
            let remote = try await RemoteAPO.connect(setup.gateway, request: request)
            let answer: Result<CreatePaymentSessionResponse, APOClientError>
            do {
                answer = .success(try await remote.merchantServer.createPaymentSession(request))
            } catch {
                answer = .failure(error)
            }
            await remote.shutdown()
            response = try answer.get()
        } else {
            let (apo, _) = try setup.makeAPO(clock: SystemClock(), ids: RandomIDGenerator())
            response = try await apo.createPaymentSession(request)
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
