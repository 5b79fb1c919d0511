import ArgumentParser
import CheckoutDomain
import CheckoutTUICore
import Foundation

/// The run without a terminal (output piped or redirected): the session is created (in hosted card mode, `pay`
/// is called) and summarised as text.
struct PlainTextRun {
    let setup: SessionSetup

    func run() async throws {
        let request = setup.scenario.createPaymentSession
        // A summary has nothing to watch: the answer comes at once.
        let wired = try await setup.withLatency(.zero).wire(
            clock: OffsetClock(), ids: .random, timeZone: .current, explain: false)
        if setup.mode == .hostedCard { return try await payByCard(wired) }
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

    /// Hosted card mode: the merchant's `pay` with only CARD, and the card page's address it answers.
    private func payByCard(_ wired: WiredRun) async throws {
        var app = CheckoutApp(environment: wired.environment, size: Size(width: 80, height: 24))
        for command in app.start() {
            for message in await wired.runner.perform(command) { _ = app.update(message) }
        }
        await wired.remote?.shutdown()
        guard let response = app.state.site.payment else { throw CommandFailure("pay gave no answer") }
        let result = response.result
        var lines = [
            "\(setup.scenario.shopName) — \(setup.scenario.title)",
            "pay \(request(app)) → \(result.resultStatus.rawValue) \(result.resultCode)"
                + (result.resultMessage.map { " (\($0))" } ?? ""),
        ]
        if let id = response.paymentId { lines.append("  paymentId \(id)") }
        if let url = response.normalUrl { lines.append("  normalUrl \(url) (APO's card page)") }
        print(lines.joined(separator: "\n"))
        FileHandle.standardError.write(Data(
            ("\nThis is a plain-text summary because standard input or output is not a terminal. Run checkout-tui "
                + "--mode hosted-card in a terminal to type the card on APO's card page, or script it with play.\n").utf8))
        if result.resultStatus == .failure { throw ExitCode(1) }
    }

    private func request(_ app: CheckoutApp) -> String {
        app.environment.site.paymentRequestId(app.state.site) ?? "-"
    }
}
