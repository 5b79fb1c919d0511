import CheckoutDomain
import CheckoutServices
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// One answer from the gateway as a test reads it: status, headers, body bytes and the decoded `result`.
struct GatewayReply {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: Data

    init(_ response: TestResponse) {
        status = response.status
        headers = response.headers
        body = Data(response.body.readableBytesView)
    }

    var result: APOResult? {
        /// `{"result":{…}}`, the part every answer has.
        struct Envelope: Decodable { var result: APOResult }
        return try? JSONDecoder().decode(Envelope.self, from: body).result
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try WireCoding.decode(type, from: body)
    }

    var text: String { String(decoding: body, as: UTF8.self) }

    /// Verifies the answer's signature as an SDK does, with the APO public key, over the request's method and path.
    func verifySignature(
        path: String, method: String = "POST", clientId: String = ServerFixture.clientId, key: VerifyingKey
    ) throws {
        var dictionary: [String: String] = [:]
        for field in headers { dictionary[field.name.rawName] = field.value }
        try SignedRequest.verifyResponse(
            requestMethod: method, requestPath: path, clientId: clientId, headers: dictionary, body: body,
            publicKey: key)
    }
}

extension TestClientProtocol {
    /// POSTs `body` to `path` signed as the merchant, or with the given headers instead.
    func post(
        _ path: String, body: Data, fixture: ServerFixture, headers: HTTPFields? = nil
    ) async throws -> GatewayReply {
        let fields = try headers ?? fixture.signedHeaders(path: path, body: body)
        return try await execute(uri: path, method: .post, headers: fields, body: ByteBuffer(bytes: body)) {
            GatewayReply($0)
        }
    }

    /// POSTs an Antom request body as `WireCoding` writes it, signed as the merchant.
    func call<T: Encodable>(_ endpoint: APOEndpoint, _ request: T, fixture: ServerFixture, sandbox: Bool = true)
        async throws -> GatewayReply
    {
        let path = sandbox ? AntomPath.sandboxed(endpoint.path, clientId: ServerFixture.clientId) : endpoint.path
        return try await post(path, body: WireCoding.encode(request), fixture: fixture)
    }
}
