import AsyncHTTPClient
import CheckoutDomain
import Foundation
import HTTPTypes
import Logging
import NIOCore
import Testing

@testable import CheckoutServices

/// The small pieces the server is built from, each on its own.
@Suite struct ServerUnitTests {
    @Test(
        "PANMask masks Luhn-valid 12–19 digit runs, grouped or not, and leaves other numbers",
        arguments: [
            ("card 4054695723100768 declined", "card ************0768 declined"),
            ("4054 6957 2310 0768", "************0768"),
            ("4054-6957-2310-0768.", "************0768."),
            ("cardNo=5162774114974622&cvv=123", "cardNo=************4622&cvv=123"),
            ("paymentId 2026010119401080010018800000000001", "paymentId 2026010119401080010018800000000001"),
            ("amount 6000 at 12:00, 2026-01-01", "amount 6000 at 12:00, 2026-01-01"),
            ("PY-PAY-1763704751047", "PY-PAY-1763704751047"),
            ("4111111111111112 fails Luhn", "4111111111111112 fails Luhn"),
            ("FULL-1796162001-0003", "FULL-1796162001-0003"),
            ("id 1767225600003 starts with 1", "id 1767225600003 starts with 1"),
            ("3782 822463 10005 (Amex)", "***********0005 (Amex)"),
            ("ref 1796162001-4054695723100768", "ref 1796162001-************0768"),
            ("", ""),
        ])
    func panMask(input: String, expected: String) {
        #expect(PANMask.mask(input) == expected)
    }

    @Test("each of the page's calls is routed under the name PageCall gives it", arguments: PageCall.allCases)
    func pageCallRoutes(call: PageCall) {
        #expect(SimulatorRoute(call).rawValue == call.rawValue)
        #expect(BuyerPaths.path(call) == "/sim/v1/\(call.rawValue)")
        #expect(SimulatorRoute(call).method == .post && !SimulatorRoute(call).isControl)
    }

    /// Seen in the full parallel test run: the attempt's own 0.3 s timer was scheduled late on a loaded machine, the
    /// HTTP client's backstop fired first, and the slow merchant was reported "no answer in time" instead of a timeout.
    @Test("a timeout noticed by the HTTP client's own clock reads as the attempt's timeout")
    func clientTimeoutsAreTheAttemptsTimeout() {
        for error in [HTTPClientError.readTimeout, .deadlineExceeded, .connectTimeout, .getConnectionFromPoolTimeout] {
            #expect(TransportErrorText.describe(error, timeout: 0.3) == .timedOut(seconds: 0.3), "\(error)")
        }
        #expect(TransportErrorText.describe(IOError(errnoCode: ECONNREFUSED, reason: "connect"), timeout: 0.3) == .connectionRefused)
    }

    @Test("a request's log line gives its time in tenths of a millisecond, rounded half up")
    func logMilliseconds() {
        #expect(RequestLog.milliseconds(.zero) == "0.0")
        #expect(RequestLog.milliseconds(.microseconds(12_349)) == "12.3")
        #expect(RequestLog.milliseconds(.microseconds(12_350)) == "12.4")
        #expect(RequestLog.milliseconds(.microseconds(999_960)) == "1000.0")
        #expect(RequestLog.milliseconds(.seconds(2) + .nanoseconds(40)) == "2000.0")
    }

    @Test("log text: control characters escaped, so one id cannot forge a second line or drive a terminal")
    func logText() {
        #expect(LogText.clean("A\nB\r\t\u{1B}[31m\u{7F}\u{2028}\\") == #"A\nB\r\t\u{1B}[31m\u{7F}\u{2028}\\"#)
        #expect(LogText.clean("card 4054695723100768\n") == #"card ************0768\n"#)
        #expect(LogText.clean("plain id PAY-1") == "plain id PAY-1")
        // Either edge of printable ASCII, and past it.
        #expect(LogText.clean(" ~\u{1F}") == #" ~\u{1F}"#)
        #expect(LogText.clean("é\u{85}") == #"é\u{85}"#)
        // Cleaned once where it is logged, then kept as it is by the handler rather than cleaned again.
        let cleaned = SafeLogHandler.clean([
            "id": .stringConvertible(CleanedLogText("A\n4054695723100768")), "raw": .string("B\n4054695723100768"),
        ])
        #expect(cleaned["id"]?.description == #"A\n************0768"#)
        #expect(cleaned["raw"]?.description == #"B\n************0768"#)
        guard case .stringConvertible(let kept) = cleaned["id"] else {
            Issue.record("a cleaned value was cleaned again: \(String(describing: cleaned["id"]))")
            return
        }
        #expect(kept is CleanedLogText)
    }

    @Test(
        "JSON media types: application/json and +json with UTF-8 or no charset; a missing header is fine",
        arguments: [
            (nil, true), ("application/json", true), ("application/json; charset=UTF-8", true),
            ("application/json;charset=\"utf-8\"", true), ("application/vnd.antom+json", true),
            ("text/plain", false), ("application/json; charset=ISO-8859-1", false),
            ("application/x-www-form-urlencoded", false), ("", false),
        ] as [(String?, Bool)])
    func mediaTypes(contentType: String?, accepted: Bool) {
        #expect(JSONMediaType.accepts(contentType) == accepted)
    }

    @Test func formFields() {
        let fields = FormFields("a=1&b=x+y%26z&empty=&a=2&flag")
        #expect(fields["a"] == "1")
        #expect(fields["b"] == "x y&z")
        #expect(fields["empty"] == nil)
        #expect(fields["flag"] == nil)
        #expect(fields["missing"] == nil)
    }

    @Test func htmlEscaping() {
        #expect(HTMLText.escape(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    @Test func gatewayRoutes() {
        #expect(GatewayRoute.endpoint(for: "/ams/api/v1/payments/pay") == .pay)
        #expect(GatewayRoute.endpoint(for: "/ams/sandbox/api/v1/payments/refund") == .refund)
        #expect(GatewayRoute.endpoint(for: "/ams/api/v1/payments/consult") == nil)
        #expect(GatewayRoute.endpoint(for: "/ams/api/v1/payments/pay/") == nil)
        #expect(GatewayRoute.endpoint(for: "/ams/sandbox/sandbox/api/v1/payments/pay") == nil)
    }

    @Test("same host: loopback and the server's own address, and no socket at all; nothing else")
    func sameHost() throws {
        let local = try SocketAddress(ipAddress: "192.168.1.10", port: 8480)
        #expect(LocalCallerPolicy.isSameHost(remote: try SocketAddress(ipAddress: "127.0.0.1", port: 5000), local: local))
        #expect(LocalCallerPolicy.isSameHost(remote: try SocketAddress(ipAddress: "::1", port: 5000), local: local))
        #expect(LocalCallerPolicy.isSameHost(remote: try SocketAddress(ipAddress: "192.168.1.10", port: 5000), local: local))
        #expect(!LocalCallerPolicy.isSameHost(remote: try SocketAddress(ipAddress: "192.168.1.11", port: 5000), local: local))
        #expect(LocalCallerPolicy.isSameHost(remote: nil, local: nil))
    }

    @Test func serverAddressBaseURL() {
        #expect(ServerAddress(host: "127.0.0.1", port: 8480).baseURL == "http://127.0.0.1:8480")
        #expect(ServerAddress(host: "0.0.0.0", port: 1).baseURL == "http://127.0.0.1:1")
        #expect(ServerAddress(host: "::1", port: 2).baseURL == "http://[::1]:2")
    }

    @Test("the time scale divides the retry schedule and the request timeout")
    func timeScale() throws {
        let key = try SigningKey(pemOrBase64: SignatureVectors.load().apoPrivateKeyPkcs8Pem)
        let keys = GatewayKeys(clientId: "SANDBOX_X", merchantPublicKey: key.verifyingKey, apoPrivateKey: key)
        let server = MockAPOServerConfiguration(port: 0, keys: keys, timeScale: 60)
        let config = server.mockConfig(at: ServerAddress(host: "127.0.0.1", port: 9), for: try #require(server.merchants.first))
        #expect(config.notificationSchedule == [0, 2, 10, 10, 60, 120, 360, 900])
        #expect(config.requestTimeoutSeconds == 10.0 / 60)
        #expect(config.baseURL == "http://127.0.0.1:9")
        #expect(config.clientId == "SANDBOX_X")
        #expect(MockAPOServerConfiguration(keys: keys, timeScale: 0.5).timeScale == 1)
        // Each notification attempt's timeout shrinks with the schedule, never under 1 s: with 100 ms a busy CI
        // machine's loopback acks came late, were recorded as timeouts and retried (DECISIONS).
        #expect(MockAPOServerConfiguration(keys: keys, timeScale: 5).notificationTimeout == .seconds(2))
        #expect(server.notificationTimeout == .seconds(1))
        #expect(MockAPOServerConfiguration(keys: keys, timeScale: 1000).notificationTimeout == .seconds(1))
    }

    @Test func notificationSignedPath() {
        #expect(SignedNotification.signedPath(of: "https://m.example/payNotify?x=1&y=%2F") == "/payNotify?x=1&y=%2F")
        #expect(SignedNotification.signedPath(of: "https://m.example") == "/")
    }

    @Test("a card typed on the page prints masked and without its CVV, and codes as the pay API names its fields")
    func cardInputDescription() throws {
        let card = try CardDetails(
            cardNo: "4054695723100768", expiryMonth: "12", expiryYear: "30", cvv: "987", holderName: "A")
        #expect("\(card)" == "CardDetails(************0768, 12/30)")
        #expect(!String(reflecting: card).contains("987"))
        #expect(throws: WireDecodingError(field: "card.expiryMonth", problem: "must be a month number such as 06")) {
            try CardDetails(cardNo: "1", expiryMonth: "xx", expiryYear: "30", cvv: "1", holderName: "")
        }
        let json = String(decoding: WireCoding.encode(card), as: UTF8.self)
        #expect(json == #"{"cardNo":"4054695723100768","cvv":"987","expiryMonth":"12","expiryYear":"2030","holderName":"A"}"#)
        #expect(try WireCoding.decode(CardDetails.self, from: Data(json.utf8)) == card)
        let wrong = #"{"paymentSessionId":"s","paymentMethodType":"CARD","card":{"cardNo":"1","expiryMonth":"June","expiryYear":"30"}}"#
        #expect(throws: WireDecodingError(field: "card.expiryMonth", problem: "must be a month number such as 06")) {
            try WireCoding.decode(PaymentSubmission.self, from: Data(wrong.utf8))
        }
    }
}
