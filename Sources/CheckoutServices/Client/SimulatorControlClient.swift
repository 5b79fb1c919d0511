import AsyncHTTPClient
import CheckoutDomain
import Foundation

/// Pulls a served mock's simulation levers over HTTP (`/sim/v1/control/…`): `checkout-tui sim`, and the TUI and
/// `play` when `--apo` points at `checkout-tui serve`.
public struct SimulatorControlClient: Sendable {
    public let baseURL: String
    private let token: String?
    private let exchange: HTTPExchange

    /// `httpClient` is shared with the caller, who shuts it down after the last call; `token` is the server's
    /// `--control-token`, when it has one.
    public init(baseURL: String, httpClient: HTTPClient, token: String? = nil, timeout: Duration = .seconds(30)) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.token = token
        exchange = HTTPExchange(client: httpClient, timeout: timeout, maximumResponseBytes: 4 << 20)
    }

    public func state() async throws(SimulatorControlError) -> ControlAnswer {
        try await call(.controlState, body: nil)
    }

    public func force(
        _ outcomes: [ForcedOutcome], paymentRequestId: String? = nil, clientId: String? = nil
    ) async throws(SimulatorControlError) -> ControlAnswer {
        try await call(
            .controlOutcomes,
            body: WireCoding.encode(
                ControlOutcomesRequest(
                    outcomes: outcomes.map(\.stepName), paymentRequestId: paymentRequestId, clientId: clientId)))
    }

    /// Moves the server's clock on by `seconds`, or to the next notification attempt when `seconds` is nil.
    public func advanceClock(by seconds: TimeInterval?) async throws(SimulatorControlError) -> ControlAnswer {
        let request = seconds.map { ControlClockRequest(advance: SimulatedSpan(seconds: $0)) }
            ?? ControlClockRequest(until: .nextNotification)
        return try await call(.controlClock, body: WireCoding.encode(request))
    }

    public func reset() async throws(SimulatorControlError) -> ControlAnswer {
        try await call(.controlReset, body: Data("{}".utf8))
    }

    private func call(_ route: SimulatorRoute, body: Data?) async throws(SimulatorControlError) -> ControlAnswer {
        var headers: [(String, String)] = [(AntomHeaderName.contentType, SignedRequest.contentType)]
        if let token { headers.append(("Authorization", "Bearer \(token)")) }
        let received: HTTPExchange.Received
        do {
            if let body {
                received = try await exchange.post(api: route.rawValue, url: baseURL + route.path, headers: headers, body: body)
            } else {
                received = try await exchange.get(api: route.rawValue, url: baseURL + route.path, headers: headers)
            }
        } catch {
            throw .transport(error)
        }
        let answer = try? WireCoding.decode(ControlAnswer.self, from: received.body)
        guard let answer else {
            throw .refused(
                status: received.status,
                APOResult.failure(
                    "BAD_RESPONSE", "HTTP \(received.status) with a body that is not a control answer; is \(baseURL) a checkout-tui serve?"))
        }
        guard received.status == 200, answer.result.resultStatus == .success else {
            throw .refused(status: received.status, answer.result)
        }
        return answer
    }
}

/// Why a control call failed: no answer, or the server's F result (which names what is wrong).
public enum SimulatorControlError: Error, Sendable, CustomStringConvertible {
    case transport(APOClientError)
    case refused(status: Int, APOResult)

    public var description: String {
        switch self {
        case .transport(let error): error.description
        case .refused(let status, let result):
            "HTTP \(status) \(result.resultCode): \(result.resultMessage ?? "no message")"
        }
    }
}
