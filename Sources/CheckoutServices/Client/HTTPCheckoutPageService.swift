import AsyncHTTPClient
import CheckoutDomain
import Foundation

/// The buyer's side of the simulation over HTTP: the TUI's Checkout Page talking to `checkout-tui serve`'s
/// simulator API (`/sim/v1/…`, unsigned, same host only).
public struct HTTPCheckoutPageService: CheckoutPageService {
    /// `http://127.0.0.1:8480`.
    public let baseURL: String
    private let exchange: HTTPExchange

    /// `httpClient` is shared with the caller, who shuts it down after the last call.
    public init(baseURL: String, httpClient: HTTPClient, timeout: Duration = .seconds(10)) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        exchange = HTTPExchange(client: httpClient, timeout: timeout, maximumResponseBytes: 4 << 20)
    }

    public func loadSession(sessionData: String) async throws(APOClientError) -> SessionLoad {
        let answer: BuyerSessionAnswer = try await call(.loadSession, BuyerLoadSessionRequest(sessionData: sessionData))
        do {
            return try answer.sessionLoad()
        } catch {
            throw .badResponse(api: PageCall.loadSession.rawValue, reason: "the body cannot be read: \(error.description)")
        }
    }

    public func submitPayment(_ submission: PaymentSubmission) async throws(APOClientError) -> PayResponse {
        try await call(.submitPayment, submission)
    }

    public func completeChallenge(paymentId: String, outcome: ChallengeOutcome) async throws(APOClientError)
        -> PayResponse
    {
        try await call(.completeChallenge, BuyerChallengeRequest(paymentId: paymentId, outcome: outcome))
    }

    public func completeRedirect(paymentId: String, action: WalletAction) async throws(APOClientError) -> PayResponse {
        try await call(.completeRedirect, BuyerRedirectRequest(paymentId: paymentId, action: action))
    }

    public func enterCard(paymentId: String, _ entry: HostedCardEntry) async throws(APOClientError) -> PayResponse {
        try await call(.enterCard, BuyerEnterCardRequest(paymentId: paymentId, entry))
    }

    /// POSTs `request` to the call's `/sim/v1/<call>` route; errors name the call.
    private func call<Request: Encodable, Response: Decodable>(
        _ pageCall: PageCall, _ request: Request
    ) async throws(APOClientError) -> Response {
        let api = pageCall.rawValue
        let received = try await exchange.post(
            api: api, url: baseURL + BuyerPaths.path(pageCall), headers: [(AntomHeaderName.contentType, SignedRequest.contentType)],
            body: WireCoding.encode(request))
        guard received.status == 200 else {
            let message = (try? WireCoding.decode(PayResponse.self, from: received.body))?.result.resultMessage
            throw .badResponse(api: api, reason: "HTTP \(received.status)" + (message.map { ": \($0)" } ?? ""))
        }
        do {
            return try WireCoding.decode(Response.self, from: received.body)
        } catch {
            throw .badResponse(api: api, reason: "the body cannot be read: \(error.description)")
        }
    }
}
