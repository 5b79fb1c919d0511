import AsyncHTTPClient
import CheckoutDomain
import Foundation

/// The merchant's seven Antom APIs over HTTP, signed and verified as the official SDKs do, against any gateway.
public struct HTTPAPOClient: APOClient {
    public let configuration: HTTPAPOClientConfiguration
    private let exchange: HTTPExchange

    /// `httpClient` is shared with the caller, who shuts it down (`try await httpClient.shutdown()`) after
    /// the last call; one client pools connections for every call.
    public init(configuration: HTTPAPOClientConfiguration, httpClient: HTTPClient) {
        self.configuration = configuration
        exchange = HTTPExchange(
            client: httpClient, timeout: configuration.timeout,
            maximumResponseBytes: configuration.maximumResponseBytes)
    }

    public func createPaymentSession(
        _ request: CreatePaymentSessionRequest
    ) async throws(APOClientError) -> CreatePaymentSessionResponse {
        try await call(.createPaymentSession, request)
    }

    public func pay(_ request: PayRequest) async throws(APOClientError) -> PayResponse {
        try await call(.pay, request)
    }

    public func inquiryPayment(_ request: InquiryPaymentRequest) async throws(APOClientError) -> InquiryPaymentResponse {
        try await call(.inquiryPayment, request)
    }

    public func capture(_ request: CaptureRequest) async throws(APOClientError) -> CaptureResponse {
        try await call(.capture, request)
    }

    public func cancel(_ request: CancelRequest) async throws(APOClientError) -> CancelResponse {
        try await call(.cancel, request)
    }

    public func refund(_ request: RefundRequest) async throws(APOClientError) -> RefundResponse {
        try await call(.refund, request)
    }

    public func inquiryRefund(_ request: InquiryRefundRequest) async throws(APOClientError) -> InquiryRefundResponse {
        try await call(.inquiryRefund, request)
    }

    /// Signs the exact body bytes it sends over the path it sends them to (sandbox-rewritten first, reference
    /// §1.1, §2.3), then accepts the answer only as `ResponseAcceptance` allows.
    private func call<Request: Encodable, Response: Decodable>(
        _ endpoint: APOEndpoint, _ request: Request
    ) async throws(APOClientError) -> Response {
        let api = endpoint.rawValue
        let clientId = configuration.clientId
        let path = AntomPath.sandboxed(endpoint.path, clientId: clientId)
        let body = WireCoding.encode(request)
        let headers: [SignedRequest.Header]
        do {
            headers = try SignedRequest.signRequest(
                method: "POST", path: path, clientId: clientId,
                requestTime: .now(format: configuration.requestTimeFormat), body: body,
                key: configuration.merchantPrivateKey, keyVersion: configuration.keyVersion)
        } catch {
            throw .unreachable(api: api, reason: "the request could not be signed, so nothing was sent: \(error)")
        }
        let received = try await exchange.post(
            api: api, url: configuration.gatewayURL + path, headers: headers.map { ($0.name, $0.value) }, body: body)
        guard received.status == 200 else {
            throw .badResponse(api: api, reason: "HTTP \(received.status); Antom answers every call with HTTP 200")
        }
        try ResponseAcceptance.check(
            api: api, requestMethod: "POST", requestPath: path, clientId: clientId, received: received,
            apoPublicKey: configuration.apoPublicKey)
        do {
            return try WireCoding.decode(Response.self, from: received.body)
        } catch {
            throw .badResponse(api: api, reason: "the body cannot be read: \(error.description)")
        }
    }
}
