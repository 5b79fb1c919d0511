import CheckoutDomain
import Foundation
import Hummingbird

/// Serves Antom's payment APIs end to end: route, method, media type, body, client, signature, body
/// contents, the mock's answer, then the signed response.
struct GatewayEndpoint: Sendable {
    let authenticator: GatewayAuthenticator
    /// Each merchant's own mock: the authenticated client id picks it.
    let mocks: MerchantMocks
    let signer: ResponseSigner

    /// Every path under this endpoint's care gets a signed JSON answer with HTTP 200, errors included.
    func respond(to request: Request) async -> (Response, ExchangeSummary) {
        let method = request.method.rawValue
        let signedPath = SignedPath.of(request.uri)
        let answer: GatewayAnswer
        do {
            answer = try await process(request)
        } catch {
            answer = GatewayAnswer(rejection: error)
        }
        // The client id the response is signed for is the request's; without one, the configured one.
        let clientId = request.headers[SimulatorHeader.clientId].flatMap { $0.isEmpty ? nil : $0 } ?? authenticator.defaultClientId
        let response = signer.response(
            body: answer.body, requestMethod: method, requestPath: signedPath, clientId: clientId)
        return (
            response,
            ExchangeSummary(
                paymentRequestId: answer.paymentRequestId, paymentId: answer.paymentId, result: answer.result)
        )
    }

    private func process(_ request: Request) async throws(GatewayRejection) -> GatewayAnswer {
        let method = request.method.rawValue
        guard let endpoint = GatewayRoute.endpoint(for: request.uri.path) else {
            throw .noInterface(method: method, path: request.uri.path)
        }
        guard request.method == .post else { throw .methodNotSupported(method: method) }
        let contentType = request.headers[.contentType]
        guard JSONMediaType.accepts(contentType) else { throw .mediaTypeNotAcceptable(contentType ?? "") }
        var request = request
        let body = try await GatewayBody.read(&request)
        let clientId = try authenticator.authenticate(
            method: method, path: SignedPath.of(request.uri), headers: request.headers, body: body)
        try GatewayBody.checkText(body)
        guard let apo = mocks.apo(clientId: clientId) else {
            throw .invalidClient(received: clientId, expected: mocks.clientIds.joined(separator: ", "))
        }
        return try await GatewayDispatcher(apo: apo).dispatch(endpoint, body: body)
    }
}
