import CheckoutDomain
import CheckoutServices
import Foundation
import Testing

/// Issue 12 item 8: "an HTTP-level rejection is a signed answer wherever the server can still write one". A gateway
/// request turned down below the router (its head or body did not arrive in time, its HTTP cannot be parsed) is
/// answered as every other gateway refusal: `F` in `{"result":…}`, HTTP 200, signed over the request's method and
/// path; the pages and `/sim/v1` keep their plain answers.
@Suite(.timeLimit(.minutes(3))) struct GatewayConnectionRejectionTests {
    let fixture: ClientFixture

    init() throws {
        fixture = try ClientFixture()
    }

    /// Generous: the deadlines under test are under a second, but on a loaded machine the server's turn can come late.
    static let patience = Duration.seconds(60)

    static let short = ConnectionLimits(
        headerTimeout: .milliseconds(500), bodyTimeout: .milliseconds(500), idleTimeout: .seconds(30))

    static let payPath = "/ams/sandbox/api/v1/payments/pay"

    /// A raw HTTP/1.1 answer split into status line, headers (lower-cased names) and body.
    struct RawAnswer {
        var statusLine = ""
        var headers: [String: String] = [:]
        var body = Data()

        init(_ text: String) {
            guard let split = text.range(of: "\r\n\r\n") else {
                statusLine = text
                return
            }
            let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
            statusLine = lines.first ?? ""
            for line in lines.dropFirst() {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            body = Data(text[split.upperBound...].utf8)
        }

        var result: APOResult? {
            try? WireCoding.decode([String: APOResult].self, from: body)["result"]
        }
    }

    private func exchange(_ port: Int, _ request: String) async throws -> (answer: RawAnswer, closed: Bool) {
        let connection = try RawConnection(port: port)
        connection.send(request)
        let received = await connection.readUntilClosed(wait: Self.patience)
        return (RawAnswer(received.text), received.closed)
    }

    private func verify(_ answer: RawAnswer, method: String = "POST", path: String = payPath, clientId: String) throws {
        try SignedRequest.verifyResponse(
            requestMethod: method, requestPath: path, clientId: clientId, headers: answer.headers, body: answer.body,
            publicKey: fixture.server.apoPublicKey)
    }

    @Test("a gateway body that stops arriving: signed F PARAM_ILLEGAL naming --body-timeout, HTTP 200, then closed")
    func stalledBody() async throws {
        try await LoopbackServer.withMockAPO(fixture.server, limits: Self.short) { address in
            let (answer, closed) = try await exchange(
                address.port,
                "POST \(Self.payPath) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Client-Id: \(ServerFixture.clientId)\r\nContent-Length: 100\r\n\r\n{")
            #expect(answer.statusLine == "HTTP/1.1 200 OK", "\(answer.statusLine)")
            #expect(answer.result?.resultCode == ResultCode.paramIllegal)
            #expect(answer.result?.resultMessage?.contains("--body-timeout") == true, "\(String(decoding: answer.body, as: UTF8.self))")
            #expect(answer.headers["client-id"] == ServerFixture.clientId)
            try verify(answer, clientId: ServerFixture.clientId)
            #expect(closed)
        }
    }

    @Test("a gateway head that stops arriving after its request line: signed F naming --header-timeout, not a bare 408")
    func stalledHead() async throws {
        try await LoopbackServer.withMockAPO(fixture.server, limits: Self.short) { address in
            let (answer, closed) = try await exchange(
                address.port, "POST \(Self.payPath) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty")
            #expect(answer.statusLine == "HTTP/1.1 200 OK", "\(answer.statusLine)")
            #expect(answer.result?.resultMessage?.contains("--header-timeout") == true)
            try verify(answer, clientId: ServerFixture.clientId)
            #expect(closed)

            // Without a whole request line there is no path to sign for: the plain 408 stays.
            let (partial, _) = try await exchange(address.port, "POST /ams/sandbox/api/v1/pay")
            #expect(partial.statusLine.hasPrefix("HTTP/1.1 408"))
        }
    }

    @Test("gateway HTTP that cannot be parsed (a bad Content-Length, a malformed header): signed F, HTTP 200")
    func unparsableHTTP() async throws {
        try await LoopbackServer.withMockAPO(fixture.server, limits: Self.short) { address in
            for broken in ["Content-Length: twelve\r\n", "Content-Length: 2\r\nContent-Length: 3\r\n", "No colon here\r\n"] {
                let (answer, closed) = try await exchange(
                    address.port, "POST \(Self.payPath) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(broken)\r\n{}")
                #expect(answer.statusLine == "HTTP/1.1 200 OK", "\(broken): \(answer.statusLine)")
                #expect(answer.result?.resultCode == ResultCode.paramIllegal, "\(broken)")
                #expect(answer.result?.resultMessage?.contains("HTTP") == true)
                try verify(answer, clientId: ServerFixture.clientId)
                #expect(closed)
            }
            // Answered for the client id the request named, as the router's refusals are.
            let (named, _) = try await exchange(
                address.port,
                "POST /ams/api/v1/payments/inquiryPayment?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nClient-Id: OTHER\r\n"
                    + "Content-Length: x\r\n\r\n")
            #expect(named.headers["client-id"] == "OTHER")
            try verify(named, path: "/ams/api/v1/payments/inquiryPayment?x=1", clientId: "OTHER")
        }
    }

    @Test("the pages and /sim/v1 keep their plain answers: 400 for broken HTTP, 408 for a late head")
    func simulatorPathsStayPlain() async throws {
        try await LoopbackServer.withMockAPO(fixture.server, limits: Self.short) { address in
            let (broken, _) = try await exchange(
                address.port, "POST /sim/v1/submitPayment HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: x\r\n\r\n")
            #expect(broken.statusLine.hasPrefix("HTTP/1.1 400"))
            #expect(broken.headers["signature"] == nil)
            let (late, _) = try await exchange(address.port, "GET /sim/v1/notifications HTTP/1.1\r\nHost: 1")
            #expect(late.statusLine.hasPrefix("HTTP/1.1 408"))
        }
    }
}
