import CheckoutDomain
import CheckoutServices
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Every way a request to the gateway can be wrong: each gets HTTP 200, a signed F result naming the problem,
/// and the server goes on serving.
@Suite struct GatewayErrorTests {
    static let path = "/ams/sandbox/api/v1/payments/createPaymentSession"
    let fixture: ServerFixture
    let body: Data

    init() throws {
        fixture = try ServerFixture()
        body = WireCoding.encode(ServerFixture.sessionRequest(id: "E-1"))
    }

    /// Sends `body` with `headers` and checks the answer: HTTP 200, F `code`, signed with the APO key.
    private func expectFailure(
        _ code: ResultCode, path: String = GatewayErrorTests.path, method: HTTPRequest.Method = .post, body: Data? = nil,
        headers: HTTPFields? = nil, clientId: String = ServerFixture.clientId, message: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let sent = body ?? self.body
        let fields = try headers ?? fixture.signedHeaders(path: path, body: sent)
        try await fixture.application().test(.router) { client in
            let reply = try await client.execute(uri: path, method: method, headers: fields, body: ByteBuffer(bytes: sent)) {
                GatewayReply($0)
            }
            #expect(reply.status == .ok, sourceLocation: sourceLocation)
            #expect(reply.result?.resultStatus == .failure, sourceLocation: sourceLocation)
            #expect(reply.result?.resultCode == code, "\(reply.text)", sourceLocation: sourceLocation)
            if let message {
                #expect(reply.result?.resultMessage?.contains(message) == true, "\(reply.text)", sourceLocation: sourceLocation)
            }
            try reply.verifySignature(path: path, method: method.rawValue, clientId: clientId, key: fixture.apoPublicKey)
            // The same server answers a good request right after.
            let good = try await client.post(Self.path, body: self.body, fixture: fixture)
            #expect(good.result == .success, sourceLocation: sourceLocation)
        }
    }

    private func headers(dropping name: String) throws -> HTTPFields {
        var fields = try fixture.signedHeaders(path: Self.path, body: body)
        fields[HTTPField.Name(name)!] = nil
        return fields
    }

    // MARK: INVALID_SIGNATURE

    @Test func missingAllSignatureHeaders() async throws {
        try await expectFailure(
            ResultCode.invalidSignature, headers: [.contentType: "application/json"],
            message: "missing or empty headers: Signature, Client-Id, Request-Time")
    }

    @Test func missingSignatureHeader() async throws {
        try await expectFailure(
            ResultCode.invalidSignature, headers: try headers(dropping: "Signature"), message: "missing or empty header: Signature")
    }

    @Test func missingRequestTime() async throws {
        try await expectFailure(
            ResultCode.invalidSignature, headers: try headers(dropping: "Request-Time"), message: "Request-Time")
    }

    @Test func forgedSignature() async throws {
        var fields = try fixture.signedHeaders(path: Self.path, body: body)
        let forged = Data(repeating: 7, count: 256).base64EncodedString()
        fields[HTTPField.Name("Signature")!] = "algorithm=RSA256,keyVersion=1,signature=\(forged)"
        try await expectFailure(ResultCode.invalidSignature, headers: fields, message: "signature does not match")
    }

    @Test func malformedSignatureHeader() async throws {
        var fields = try fixture.signedHeaders(path: Self.path, body: body)
        fields[HTTPField.Name("Signature")!] = "algorithm=RSA256,keyVersion=1"
        try await expectFailure(ResultCode.invalidSignature, headers: fields, message: "no signature= item")
    }

    @Test func alteredBody() async throws {
        let other = WireCoding.encode(ServerFixture.sessionRequest(id: "E-2"))
        try await expectFailure(
            ResultCode.invalidSignature, body: other, headers: try fixture.signedHeaders(path: Self.path, body: body),
            message: "signature does not match")
    }

    @Test("a signature over the production path does not cover the sandbox path")
    func alteredPath() async throws {
        let fields = try fixture.signedHeaders(path: APOEndpoint.createPaymentSession.path, body: body)
        try await expectFailure(ResultCode.invalidSignature, headers: fields, message: "signature does not match")
    }

    @Test("signed with the APO's key instead of the merchant's")
    func wrongKey() async throws {
        let fields = try fixture.signedHeaders(path: Self.path, body: body, key: fixture.apoKey)
        try await expectFailure(ResultCode.invalidSignature, headers: fields, message: "signature does not match")
    }

    @Test("a signature over another request-time than the header's")
    func alteredRequestTime() async throws {
        var fields = try fixture.signedHeaders(path: Self.path, body: body, time: RequestTime("1767225600000"))
        fields[HTTPField.Name("Request-Time")!] = "1767225600001"
        try await expectFailure(ResultCode.invalidSignature, headers: fields)
    }

    /// Issue 12 item 8: "a `Request-Time` that is neither epoch milliseconds nor ISO 8601 is refused", even when
    /// the merchant signed it as sent.
    @Test(
        "a Request-Time in neither SDK form is refused naming the header and the forms, even when signed",
        arguments: ["yesterday", "2024-05-01 12:00:00", "2024-05-01T12:00:00", "1685599933871.5", "-1685599933871"])
    func unreadableRequestTime(_ text: String) async throws {
        let fields = try fixture.signedHeaders(path: Self.path, body: body, time: RequestTime(text))
        try await expectFailure(
            ResultCode.invalidSignature, headers: fields,
            message: "the Request-Time header is unreadable: request time \"\(text)\" is neither epoch milliseconds")
    }

    @Test(
        "each SDK's Request-Time form is accepted",
        arguments: [
            "1685599933871", "2024-05-01T12:00:00+00:00", "2024-05-01T12:00:00+0000", "2024-05-01T12:00:00.1234567Z",
        ])
    func sdkRequestTimes(_ text: String) async throws {
        let fields = try fixture.signedHeaders(path: Self.path, body: body, time: RequestTime(text))
        try await fixture.application().test(.router) { client in
            let reply = try await client.post(Self.path, body: body, fixture: fixture, headers: fields)
            #expect(reply.result == .success, "\(reply.text)")
        }
    }

    // MARK: INVALID_CLIENT

    @Test("a client id other than the configured one is INVALID_CLIENT, answered for that client id")
    func otherClient() async throws {
        let fields = try fixture.signedHeaders(path: Self.path, body: body, clientId: "SANDBOX_SOMEONE_ELSE")
        try await expectFailure(
            ResultCode.invalidClient, headers: fields, clientId: "SANDBOX_SOMEONE_ELSE",
            message: "client-id SANDBOX_SOMEONE_ELSE is not registered")
    }

    // MARK: PARAM_ILLEGAL

    @Test("a field of the wrong type is named")
    func wrongTypeNamesField() async throws {
        let bad = Data(#"{"paymentRequestId":"E-9","order":{"goods":[{"goodsName":7}]}}"#.utf8)
        try await expectFailure(
            ResultCode.paramIllegal, body: bad, message: "order.goods[0].goodsName has the wrong type")
    }

    /// Issue 12 item 8: "a body with duplicate keys is `PARAM_ILLEGAL` (parsers disagree on which wins)".
    @Test(
        "a key twice in one object is PARAM_ILLEGAL naming it, however it is spelled",
        arguments: [
            (#"{"paymentRequestId":"E-1","paymentRequestId":"E-2"}"#, "paymentRequestId appears twice"),
            (#"{"paymentRequestId":"E-1","payment\u0052equestId":"E-2"}"#, "paymentRequestId appears twice"),
            (
                #"{"order":{"buyer":{"buyerEmail":"a@example.com","buyerEmail":"b@example.com"}}}"#,
                "order.buyer.buyerEmail appears twice"
            ),
        ])
    func duplicateKeys(_ text: String, _ message: String) async throws {
        try await expectFailure(ResultCode.paramIllegal, body: Data(text.utf8), message: message)
    }

    /// Foundation's decoder on Linux accepts `{"a":1,}`; RFC 8259 does not (docs/DECISIONS.md).
    @Test("a trailing comma is PARAM_ILLEGAL naming the object it closes")
    func trailingComma() async throws {
        let text = #"{"paymentRequestId":"E-1","order":{"orderAmount":{"currency":"USD","value":"100"},},}"#
        try await expectFailure(
            ResultCode.paramIllegal, body: Data(text.utf8), message: "order ends with a comma before its closing bracket")
    }

    @Test func notJSON() async throws {
        try await expectFailure(ResultCode.paramIllegal, body: Data("hello".utf8), message: "not valid JSON")
    }

    @Test func truncatedJSON() async throws {
        try await expectFailure(ResultCode.paramIllegal, body: body.prefix(body.count / 2), message: "not valid JSON")
    }

    @Test func emptyBody() async throws {
        try await expectFailure(ResultCode.paramIllegal, body: Data(), message: "empty")
    }

    @Test func notUTF8() async throws {
        try await expectFailure(ResultCode.paramIllegal, body: Data([0x7B, 0xFF, 0xFE, 0x7D]), message: "not valid UTF-8")
    }

    @Test func deeplyNested() async throws {
        let deep = Data((String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)).utf8)
        try await expectFailure(ResultCode.paramIllegal, body: deep, message: "deeper than 64 levels")
    }

    @Test("a body over 1 MiB is refused by size")
    func oversized() async throws {
        let big = Data(#"{"paymentRequestId":""#.utf8) + Data(repeating: 0x61, count: 1 << 20) + Data(#""}"#.utf8)
        try await expectFailure(ResultCode.paramIllegal, body: big, message: "larger than 1048576 bytes")
    }

    // MARK: Routes, methods, media types

    @Test("an API the mock does not serve")
    func unknownAPI() async throws {
        let path = "/ams/api/v1/payments/consult"
        try await expectFailure(
            ResultCode.noInterfaceDef, path: path, headers: try fixture.signedHeaders(path: path, body: body),
            message: "API is not defined: POST /ams/api/v1/payments/consult")
    }

    @Test("a path outside Antom's API")
    func unknownPath() async throws {
        let path = "/nothing/here"
        try await expectFailure(
            ResultCode.noInterfaceDef, path: path, headers: try fixture.signedHeaders(path: path, body: body))
    }

    @Test func getIsNotSupported() async throws {
        try await expectFailure(ResultCode.methodNotSupported, method: .get, message: "HTTP method GET")
    }

    @Test func putIsNotSupported() async throws {
        try await expectFailure(ResultCode.methodNotSupported, method: .put)
    }

    @Test func wrongContentType() async throws {
        var fields = try fixture.signedHeaders(path: Self.path, body: body)
        fields[.contentType] = "application/x-www-form-urlencoded"
        try await expectFailure(
            ResultCode.mediaTypeNotAcceptable, headers: fields, message: "media type application/x-www-form-urlencoded")
    }

    @Test func otherCharset() async throws {
        var fields = try fixture.signedHeaders(path: Self.path, body: body)
        fields[.contentType] = "application/json; charset=ISO-8859-1"
        try await expectFailure(ResultCode.mediaTypeNotAcceptable, headers: fields)
    }

    @Test("no Content-Type and bare application/json are accepted")
    func lenientContentTypes() async throws {
        for contentType in [nil, "application/json", "Application/JSON;charset=utf-8"] as [String?] {
            var fields = try fixture.signedHeaders(path: Self.path, body: body)
            fields[.contentType] = contentType
            let sent = fields
            try await fixture.application().test(.router) { client in
                let reply = try await client.post(Self.path, body: body, fixture: fixture, headers: sent)
                #expect(reply.result == .success)
            }
        }
    }
}
