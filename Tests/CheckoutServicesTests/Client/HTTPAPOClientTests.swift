import AsyncHTTPClient
import CheckoutDomain
import CheckoutServices
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization
import Testing

/// `HTTPAPOClient` against tiny stub gateways: what it sends, and which answers it accepts.
@Suite(.timeLimit(.minutes(6))) struct HTTPAPOClientTests {
    let fixture: ClientFixture

    init() throws {
        fixture = try ClientFixture()
    }

    /// What the stub received, for the assertions after the call.
    final class Recorder: Sendable {
        /// One request as it arrived.
        struct Seen: Sendable {
            var method: String
            var path: String
            var headers: [String: String]
            var body: Data
        }

        private let seen = Mutex<[Seen]>([])
        var all: [Seen] { seen.withLock { $0 } }

        func record(_ request: Request) async throws {
            var request = request
            let body = Data(try await request.collectBody(upTo: 1 << 20).readableBytesView)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            let entry = Seen(method: request.method.rawValue, path: request.uri.path, headers: headers, body: body)
            seen.withLock { $0.append(entry) }
        }
    }

    static let success = #"{"paymentRequestId":"X","result":{"resultCode":"SUCCESS","resultStatus":"S"}}"#
    static let failure = #"{"result":{"resultCode":"PROCESS_FAIL","resultMessage":"nope","resultStatus":"F"}}"#

    private static func answer(_ text: String, headers: HTTPFields = [:], status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A stub answer signed as Antom signs, over the request's method and path (`key` defaults to the APO's).
    private func signed(_ text: String, request: Request, key: SigningKey? = nil) throws -> Response {
        let headers = try SignedRequest.signResponse(
            requestMethod: request.method.rawValue, requestPath: request.uri.path, clientId: ServerFixture.clientId,
            body: Data(text.utf8), key: key ?? fixture.server.apoKey)
        var fields = HTTPFields()
        for header in headers { fields[HTTPField.Name(header.name.lowercased())!] = header.value }
        return Self.answer(text, headers: fields)
    }

    private func inquire(port: Int, clientId: String = ServerFixture.clientId, timeout: Duration = Patience.duration)
        async throws(APOClientError) -> InquiryPaymentResponse
    {
        let configuration = fixture.configuration(port: port, clientId: clientId, timeout: timeout)
        do {
            return try await fixture.withHTTPClient { http in
                try await HTTPAPOClient(configuration: configuration, httpClient: http)
                    .inquiryPayment(InquiryPaymentRequest(paymentRequestId: "X"))
            }
        } catch let error as APOClientError {
            throw error
        } catch {
            throw .unreachable(api: "test", reason: "\(error)")
        }
    }

    @Test("a sandbox client id sends to /ams/sandbox/api, signed over that path, with the SDK headers")
    func sandboxRequest() async throws {
        let recorder = Recorder()
        try await LoopbackServer.withStub({ request in
            try await recorder.record(request)
            return try signed(Self.success, request: request)
        }) { port in
            let response = try await inquire(port: port)
            #expect(response.result.resultStatus == .success)
        }
        let seen = try #require(recorder.all.first)
        #expect(seen.method == "POST")
        #expect(seen.path == "/ams/sandbox/api/v1/payments/inquiryPayment")
        #expect(seen.headers["content-type"] == "application/json; charset=UTF-8")
        #expect(seen.headers["client-id"] == ServerFixture.clientId)
        #expect(seen.headers["request-time"]?.allSatisfy(\.isNumber) == true, "epoch milliseconds")
        try SignedRequest.verifyRequest(
            method: "POST", path: seen.path, headers: seen.headers, body: seen.body,
            publicKey: fixture.server.merchantKey.verifyingKey)
        #expect(String(decoding: seen.body, as: UTF8.self) == #"{"paymentRequestId":"X"}"#)
    }

    @Test("a production client id keeps /ams/api")
    func productionRequest() async throws {
        let recorder = Recorder()
        try await LoopbackServer.withStub({ request in
            try await recorder.record(request)
            let headers = try SignedRequest.signResponse(
                requestMethod: "POST", requestPath: request.uri.path, clientId: "LIVE_1",
                body: Data(Self.success.utf8), key: fixture.server.apoKey)
            var fields = HTTPFields()
            for header in headers { fields[HTTPField.Name(header.name)!] = header.value }
            return Self.answer(Self.success, headers: fields)
        }) { port in
            let response = try await inquire(port: port, clientId: "LIVE_1")
            #expect(response.result.resultStatus == .success)
        }
        #expect(recorder.all.first?.path == "/ams/api/v1/payments/inquiryPayment")
    }

    @Test("an unsigned S answer is rejected")
    func unsignedSuccessRejected() async throws {
        try await LoopbackServer.withStub({ _ in Self.answer(Self.success) }) { port in
            await #expect {
                try await inquire(port: port)
            } throws: { error in
                guard case APOClientError.signatureRejected(let api, let reason) = error else { return false }
                return api == "inquiryPayment" && reason.contains("unsigned answer with resultStatus S")
            }
        }
    }

    @Test("unsigned F and U answers are accepted as they are")
    func unsignedFailureAccepted() async throws {
        let unknown = #"{"result":{"resultCode":"UNKNOWN_EXCEPTION","resultMessage":"unknown exception","resultStatus":"U"}}"#
        for text in [Self.failure, unknown] {
            try await LoopbackServer.withStub({ _ in Self.answer(text) }) { port in
                let response = try await inquire(port: port)
                #expect(response.result.resultStatus != .success)
                #expect(response.result.resultCode != ResultCode.success)
            }
        }
    }

    @Test("a partial header set (signature without response-time) is rejected even for F")
    func partialHeadersRejected() async throws {
        try await LoopbackServer.withStub({ request in
            var response = try signed(Self.failure, request: request)
            response.headers[HTTPField.Name("response-time")!] = nil
            return response
        }) { port in
            await #expect(
                throws: APOClientError.signatureRejected(
                    api: "inquiryPayment", reason: "incomplete signature headers: signature without response-time")
            ) {
                try await inquire(port: port)
            }
        }
    }

    @Test("an answer signed with another key (the merchant's) is rejected")
    func wrongKeyRejected() async throws {
        try await LoopbackServer.withStub({ request in
            try signed(Self.success, request: request, key: fixture.server.merchantKey)
        }) { port in
            await #expect {
                try await inquire(port: port)
            } throws: { error in
                guard case APOClientError.signatureRejected(_, let reason) = error else { return false }
                return reason.contains("signature does not match")
            }
        }
    }

    @Test("a tampered body under a valid signature is rejected")
    func tamperedBodyRejected() async throws {
        try await LoopbackServer.withStub({ request in
            var response = try signed(Self.success, request: request)
            response.body = ResponseBody(byteBuffer: ByteBuffer(string: Self.success.replacingOccurrences(of: "X", with: "Y")))
            return response
        }) { port in
            await #expect(throws: APOClientError.self) { try await inquire(port: port) }
        }
    }

    @Test("a non-200 status is a bad response naming the status")
    func non200() async throws {
        try await LoopbackServer.withStub({ _ in Self.answer("oops", status: .badGateway) }) { port in
            await #expect(
                throws: APOClientError.badResponse(
                    api: "inquiryPayment", reason: "HTTP 502; Antom answers every call with HTTP 200")
            ) {
                try await inquire(port: port)
            }
        }
    }

    @Test("a signed body that is not the API's JSON is a bad response naming the field")
    func unreadableBody() async throws {
        let text = #"{"result":{"resultCode":"SUCCESS","resultStatus":"S"},"paymentStatus":7}"#
        try await LoopbackServer.withStub({ request in try signed(text, request: request) }) { port in
            await #expect {
                try await inquire(port: port)
            } throws: { error in
                guard case APOClientError.badResponse(_, let reason) = error else { return false }
                return reason.contains("paymentStatus")
            }
        }
    }

    /// The stub answers only once the client has given up, so only the client's own timeout can end the call;
    /// without it the test hangs until its time limit and fails. No wall-clock bound: under a full parallel run a
    /// 1 s timeout can take far longer.
    @Test("a gateway that answers only after the client gave up gives .timeout: the client's own limit ends the call")
    func timeout() async throws {
        let gaveUp = Mutex(false)
        try await LoopbackServer.withStub({ _ in
            while !gaveUp.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(50)) }
            return Self.answer(Self.success)
        }) { port in
            await #expect(throws: APOClientError.timeout(api: "inquiryPayment", seconds: 1)) {
                try await inquire(port: port, timeout: .seconds(1))
            }
            gaveUp.withLock { $0 = true }
        }
    }

    @Test("nothing listening: .unreachable, connection refused")
    func connectionRefused() async throws {
        let closed = try ClosedLoopbackPort()
        await #expect {
            try await inquire(port: closed.port)
        } throws: { error in
            guard case APOClientError.unreachable(let api, let reason) = error else { return false }
            return api == "inquiryPayment" && reason.contains("connection refused")
        }
        withExtendedLifetime(closed) {}
    }
}
