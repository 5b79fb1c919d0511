import AsyncHTTPClient
import CheckoutDomain
import CheckoutServices
import Foundation

/// One control call of `checkout-tui sim`: connect, call, print the answer, close.
enum SimSession {
    static func run(
        _ options: SimServerOptions,
        _ call: (SimulatorControlClient) async throws(SimulatorControlError) -> ControlAnswer
    ) async throws {
        let http = GatewayHTTPClient.make()
        let token = options.controlToken ?? ProcessInfo.processInfo.environment["CHECKOUT_TUI_CONTROL_TOKEN"]
        let client = SimulatorControlClient(baseURL: options.apo, httpClient: http, token: token)
        let result: Result<ControlAnswer, SimulatorControlError>
        do {
            result = .success(try await call(client))
        } catch {
            result = .failure(error)
        }
        try? await http.shutdown()
        let answer = try result.mapError { CommandFailure("\(options.apo): \($0.description)") }.get()
        print(options.json ? String(decoding: WireCoding.encode(answer), as: UTF8.self) : SimSummary.text(answer))
    }
}

/// The human-readable form of control answers and notification attempts.
enum SimSummary {
    static func text(_ answer: ControlAnswer) -> String {
        var lines: [String] = []
        if answer.nothingWaiting == true {
            lines.append("no notification attempt is waiting: the clock did not move")
        } else if let seconds = answer.advancedSeconds {
            lines.append("clock moved on \(Int(seconds.rounded())) s")
        }
        for activity in answer.settled ?? [] {
            lines.append("  \(ISOTimestamp.format(activity.time))  \(activity.name)  \(activity.message)")
        }
        if let state = answer.state {
            lines.append("now \(state.now) (\(Int(state.clockOffsetSeconds.rounded())) s ahead of this machine)")
            if state.forcedOutcomes.isEmpty { lines.append("no forced outcomes queued") }
            for queued in state.forcedOutcomes {
                let target = queued.paymentRequestId.map { "for \($0)" } ?? "for the next payment"
                lines.append("queued: \(queued.outcome) \(target) (\(queued.clientId))")
            }
            lines.append("next notification attempt: \(state.nextNotificationAt ?? "none waiting")")
        }
        return lines.joined(separator: "\n")
    }

    static func line(_ attempt: SignedNotification) -> String {
        "\(attempt.requestTime)  \(attempt.notifyType) attempt \(attempt.attempt)  \(attempt.paymentRequestId ?? "-")  "
            + "\(attempt.url)  \(attempt.acked ? "acknowledged" : "not acknowledged")"
    }
}
