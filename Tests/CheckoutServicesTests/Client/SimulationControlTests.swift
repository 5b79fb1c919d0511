import AsyncHTTPClient
import CheckoutDomain
import CheckoutServices
import Foundation
import NIOCore
import NIOHTTP1
import Testing

/// Issue 13 item 1: the simulation's levers over HTTP (`/sim/v1/control`) on a live `MockAPOServer`, driven by
/// `SimulatorControlClient` as `checkout-tui sim`, the TUI and `play` drive it.
@Suite(.timeLimit(.minutes(6))) struct SimulationControlTests {
    let fixture: ClientFixture

    init() throws {
        fixture = try ClientFixture()
    }

    @Test("a decline forced for one paymentRequestId, then a session expired by moving the server's clock")
    func forcedDeclineAndSessionExpiry() async throws {
        try await LoopbackServer.withMockAPO(fixture.server, timeScale: 1) { address in
            try await fixture.withHTTPClient { http in
                let apo = HTTPAPOClient(configuration: fixture.configuration(port: address.port), httpClient: http)
                let page = HTTPCheckoutPageService(baseURL: address.baseURL, httpClient: http)
                let control = SimulatorControlClient(baseURL: address.baseURL, httpClient: http)

                let queued = try await control.force([.decline(paymentResultCode: "DO_NOT_HONOR")], paymentRequestId: "C-1")
                #expect(queued.state?.forcedOutcomes.map(\.outcome) == ["decline:DO_NOT_HONOR"])
                // Another payment first: the targeted outcome waits for C-1.
                #expect(try await apo.pay(ServerFixture.payRequest(id: "C-0")).result == .success)
                let session = try await apo.createPaymentSession(ServerFixture.sessionRequest(id: "C-1"))
                let declined = try await page.submitPayment(
                    PaymentSubmission(
                        paymentSessionId: session.paymentSessionId ?? "", paymentMethodType: "CARD",
                        card: ServerFixture.card()))
                #expect(declined.result.resultStatus == .failure)
                #expect(declined.result.resultCode == "DO_NOT_HONOR")
                #expect(try await control.state().state?.forcedOutcomes.isEmpty == true)

                let waiting = try await apo.createPaymentSession(ServerFixture.sessionRequest(id: "C-2"))
                let moved = try await control.advanceClock(by: 2 * 3600)
                #expect(moved.advancedSeconds == 7200)
                #expect(moved.state?.clockOffsetSeconds == 7200)
                let expired = (moved.settled ?? []).filter { $0.kind == .sessionExpired }.compactMap(\.paymentRequestId)
                #expect(expired.contains("C-2"))
                guard case .rejected(let result) = try await page.loadSession(sessionData: waiting.paymentSessionData ?? "")
                else {
                    Issue.record("an expired session still loads")
                    return
                }
                #expect(result.resultMessage?.contains("expired") == true)
            }
        }
    }

    @Test("a due retry goes out as soon as the clock reaches it, and reset forgets everything")
    func retryThenReset() async throws {
        // The card payment owes PAYMENT_RESULT and CAPTURE_RESULT; both first attempts fail, both retries succeed.
        let merchant = ScriptedNotificationSink(failures: 2)
        try await LoopbackServer.withMockAPO(fixture.server, timeScale: 1, merchant: merchant) { address in
            try await fixture.withHTTPClient { http in
                let apo = HTTPAPOClient(configuration: fixture.configuration(port: address.port), httpClient: http)
                let control = SimulatorControlClient(baseURL: address.baseURL, httpClient: http)
                #expect(try await apo.pay(ServerFixture.payRequest(id: "R-1")).result == .success)
                // Both first attempts answered and recorded (sent is not enough: the retry is scheduled on the answer).
                let listing = SimulatorNotificationsClient(baseURL: address.baseURL, httpClient: http)
                try await Patience.waitUntil {
                    ((try? await listing.list(paymentRequestId: "R-1")) ?? []).filter { $0.status != nil }.count >= 2
                }
                // Antom's second attempt is 2 minutes after the first: the clock goes straight there.
                let moved = try await control.advanceClock(by: nil)
                #expect(moved.nothingWaiting == false)
                #expect((moved.advancedSeconds ?? 0) > 100)
                try await Patience.waitUntil { merchant.delivered.count >= 4 }
                #expect(merchant.delivered.filter { $0.notifyType == "PAYMENT_RESULT" }.map(\.attempt) == [1, 2])

                let reset = try await control.reset()
                #expect(reset.state?.clockOffsetSeconds == 0)
                let inquiry = try await apo.inquiryPayment(InquiryPaymentRequest(paymentRequestId: "R-1"))
                #expect(inquiry.result.resultCode == "ORDER_NOT_EXIST")
                let idle = try await control.advanceClock(by: nil)
                #expect(idle.nothingWaiting == true)
            }
        }
    }

    @Test("with --control-token the levers need it; bad commands are refused by name and the server keeps serving")
    func tokenAndBadInput() async throws {
        try await LoopbackServer.withMockAPO(fixture.server, controlToken: "s3cret") { address in
            try await fixture.withHTTPClient { http in
                let anonymous = SimulatorControlClient(baseURL: address.baseURL, httpClient: http)
                await #expect {
                    try await anonymous.reset()
                } throws: { error in
                    guard case SimulatorControlError.refused(let status, let result) = error else { return false }
                    return status == 401 && result.resultCode == "ACCESS_DENIED"
                }
                let control = SimulatorControlClient(baseURL: address.baseURL, httpClient: http, token: "s3cret")
                let wrong = try await Self.post(http, address, "/sim/v1/control/outcomes", #"{"outcomes":["explode"]}"#)
                #expect(wrong.status == 401)
                let unknown = try await Self.post(
                    http, address, "/sim/v1/control/outcomes", #"{"outcomes":["explode"]}"#, token: "s3cret")
                #expect(unknown.text.contains("PARAM_ILLEGAL") && unknown.text.contains("explode"))
                let negative = try await Self.post(
                    http, address, "/sim/v1/control/clock", #"{"advance":"-5m"}"#, token: "s3cret")
                #expect(negative.text.contains("PARAM_ILLEGAL") && negative.text.contains("advance"))
                let missing = try await Self.post(http, address, "/sim/v1/control/clock", "{}", token: "s3cret")
                #expect(missing.text.contains("advance is required"))
                let command = try await Self.post(http, address, "/sim/v1/control/rewind", "{}", token: "s3cret")
                #expect(command.text.contains("NO_INTERFACE_DEF") && command.text.contains("/sim/v1/control/clock"))
                #expect(try await control.state().result == .success)
            }
        }
    }

    private static func post(
        _ http: HTTPClient, _ address: ServerAddress, _ path: String, _ body: String, token: String? = nil
    ) async throws -> (status: Int, text: String) {
        var request = HTTPClientRequest(url: address.baseURL + path)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await http.execute(request, timeout: Patience.timeAmount)
        let bytes = try await response.body.collect(upTo: 1 << 20)
        return (Int(response.status.code), String(buffer: bytes))
    }

}
