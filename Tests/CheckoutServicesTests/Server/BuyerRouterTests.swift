import CheckoutDomain
import CheckoutServices
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The buyer's side over HTTP, in process: `/sim/v1/…` as JSON and as form posts, and the pages.
@Suite struct BuyerRouterTests {
    let fixture: ServerFixture

    init() throws {
        fixture = try ServerFixture()
    }

    private func json<T: Encodable>(_ client: some TestClientProtocol, _ path: String, _ value: T) async throws -> GatewayReply {
        try await client.execute(
            uri: path, method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(bytes: WireCoding.encode(value))
        ) { GatewayReply($0) }
    }

    private func form(_ client: some TestClientProtocol, _ path: String, _ text: String) async throws -> GatewayReply {
        try await client.execute(
            uri: path, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: text)
        ) { GatewayReply($0) }
    }

    private func get(_ client: some TestClientProtocol, _ uri: String) async throws -> GatewayReply {
        try await client.execute(uri: uri, method: .get) { GatewayReply($0) }
    }

    private func createSession(
        _ client: some TestClientProtocol, id: String, threeDS: Bool = false
    ) async throws -> CreatePaymentSessionResponse {
        let reply = try await client.call(
            .createPaymentSession, ServerFixture.sessionRequest(id: id, threeDS: threeDS), fixture: fixture)
        return try reply.decode(CreatePaymentSessionResponse.self)
    }

    @Test("loadSession → submitPayment (card) over JSON: the session loads and the payment succeeds")
    func loadAndPay() async throws {
        try await fixture.application().test(.router) { client in
            let created = try await createSession(client, id: "B-1")
            let loaded = try await json(
                client, "/sim/v1/loadSession", BuyerLoadSessionRequest(sessionData: created.paymentSessionData ?? ""))
            let answer = try loaded.decode(BuyerSessionAnswer.self)
            guard case .ready(let page) = try answer.sessionLoad() else {
                Issue.record("session not ready: \(loaded.text)")
                return
            }
            #expect(page.paymentSessionId == created.paymentSessionId)
            #expect(page.request.paymentRequestId == "B-1")
            let submission = PaymentSubmission(
                paymentSessionId: page.paymentSessionId, paymentMethodType: "CARD", card: ServerFixture.card())
            let paid = try await json(client, "/sim/v1/submitPayment", submission)
            #expect(try paid.decode(PayResponse.self).result == .success)
        }
        #expect(!fixture.logs.all.joined().contains(ServerFixture.visaSuccess))
    }

    @Test("loadSession with data that is not a session: F PARAM_ILLEGAL, rejected")
    func loadBadSession() async throws {
        try await fixture.application().test(.router) { client in
            let reply = try await json(client, "/sim/v1/loadSession", BuyerLoadSessionRequest(sessionData: "nonsense"))
            guard case .rejected(let result) = try reply.decode(BuyerSessionAnswer.self).sessionLoad() else {
                Issue.record("accepted: \(reply.text)")
                return
            }
            #expect(result.resultCode == ResultCode.paramIllegal)
        }
    }

    @Test("3DS: U with the challenge page URL; the page shows the payment; completeChallenge pass → S")
    func challenge() async throws {
        try await fixture.application().test(.router) { client in
            let created = try await createSession(client, id: "B-2", threeDS: true)
            let sessionId = try #require(created.paymentSessionId)
            let submission = PaymentSubmission(
                paymentSessionId: sessionId, paymentMethodType: "CARD", card: ServerFixture.card())
            let pending = try await json(client, "/sim/v1/submitPayment", submission)
                .decode(PayResponse.self)
            #expect(pending.result == .paymentInProcess)
            let paymentId = try #require(pending.paymentId)
            let url = try #require(pending.normalUrl)
            let page = try await get(client, String(url.dropFirst("http://127.0.0.1:8480".count)))
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=UTF-8")
            #expect(page.text.contains("3D Secure challenge"))
            #expect(page.text.contains("action=\"/sim/v1/completeChallenge\""))
            #expect(page.text.contains("************0768"))
            #expect(!page.text.contains(ServerFixture.visaSuccess))
            let done = try await json(
                client, "/sim/v1/completeChallenge", BuyerChallengeRequest(paymentId: paymentId, outcome: .pass))
            #expect(try done.decode(PayResponse.self).result == .success)
        }
    }

    @Test("a wallet (TNG): U with the wallet page; the page offers approve, decline, abandon; a form post approves")
    func walletByForm() async throws {
        try await fixture.application().test(.router) { client in
            let created = try await createSession(client, id: "B-3")
            let sessionId = try #require(created.paymentSessionId)
            let pending = try await form(
                client, "/sim/v1/submitPayment", "paymentSessionId=\(sessionId)&paymentMethodType=TNG")
            #expect(pending.headers[.contentType] == "text/html; charset=UTF-8")
            #expect(pending.text.contains("Payment U"))
            let paymentId = try #require(await fixture.apo.payment(paymentRequestId: "B-3")?.paymentId)
            let page = try await get(client, "/page/sandbox/wallet.html?paymentId=\(paymentId)&pspName=TNG")
            #expect(page.text.contains("TNG page"))
            for action in ["approve", "decline", "abandon"] {
                #expect(page.text.contains("value=\"\(action)\""))
            }
            let done = try await form(client, "/sim/v1/completeRedirect", "paymentId=\(paymentId)&action=approve")
            #expect(done.text.contains("Payment S"))
            #expect(await fixture.apo.payment(paymentId: paymentId)?.status == .success)
        }
    }

    @Test("the hosted Checkout Page (normalUrl) shows the order and a card form; a form post pays")
    func hostedPage() async throws {
        try await fixture.application().test(.router) { client in
            let created = try await createSession(client, id: "B-4")
            let url = try #require(created.normalUrl)
            let page = try await get(client, String(url.dropFirst("http://127.0.0.1:8480".count)))
            #expect(page.status == .ok)
            #expect(page.text.contains("Desk lamp"))
            #expect(page.text.contains("name=\"cardNo\""))
            #expect(page.text.contains("B-4"))
            let sessionId = try #require(created.paymentSessionId)
            let paid = try await form(
                client, "/sim/v1/submitPayment",
                "paymentSessionId=\(sessionId)&paymentMethodType=CARD&cardNo=4054+6957+2310+0768"
                    + "&expiryMonth=12&expiryYear=30&cvv=123&holderName=Lady+Gaga")
            #expect(paid.text.contains("Payment S"), "\(paid.text)")
        }
        #expect(!fixture.logs.all.joined().contains("4054 6957 2310 0768"))
    }

    @Test("an unknown session on the hosted page shows why")
    func hostedPageUnknownSession() async throws {
        try await fixture.application().test(.router) { client in
            let page = try await get(client, "/checkout-page/pages/payment/index.html?sessionData=abc")
            #expect(page.text.contains("PARAM_ILLEGAL"))
        }
    }

    @Test("a form without a required field is PARAM_ILLEGAL naming it; JSON naming the JSON field")
    func missingFields() async throws {
        try await fixture.application().test(.router) { client in
            let formReply = try await form(client, "/sim/v1/completeChallenge", "outcome=pass")
            #expect(formReply.text.contains("paymentId is required"))
            let jsonReply = try await client.execute(
                uri: "/sim/v1/completeChallenge", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"paymentId":"1","outcome":"maybe"}"#)
            ) { GatewayReply($0) }
            #expect(jsonReply.result?.resultCode == ResultCode.paramIllegal)
            #expect(jsonReply.result?.resultMessage?.contains("outcome") == true, "\(jsonReply.text)")
        }
    }

    @Test("unknown simulator paths, wrong methods and media types get F results")
    func simulatorErrors() async throws {
        try await fixture.application().test(.router) { client in
            #expect(try await get(client, "/sim/v1/nothing").result?.resultCode == ResultCode.noInterfaceDef)
            #expect(try await get(client, "/sim/v1/submitPayment").result?.resultCode == ResultCode.methodNotSupported)
            let plain = try await client.execute(
                uri: "/sim/v1/submitPayment", method: .post, headers: [.contentType: "text/plain"],
                body: ByteBuffer(string: "x")
            ) { GatewayReply($0) }
            #expect(plain.result?.resultCode == ResultCode.mediaTypeNotAcceptable)
        }
    }

    @Test("notifications are listed with signed headers that verify as a merchant's webhook does")
    func signedNotifications() async throws {
        try await fixture.application().test(.router) { client in
            _ = try await client.call(.pay, ServerFixture.payRequest(id: "B-5"), fixture: fixture)
            let attempts = await fixture.apo.deliverDueNotifications()
            let reply = try await get(client, "/sim/v1/notifications?paymentRequestId=B-5")
            let list = try reply.decode([SignedNotification].self)
            #expect(list.count == attempts.count)
            let notification = try #require(list.first { $0.notifyType == "PAYMENT_RESULT" })
            #expect(notification.path == "/payments/notify")
            #expect(notification.acked)
            #expect(notification.httpStatus == 200)
            #expect(notification.reason == "the exact acknowledgement")
            try SignedRequest.verifyWebhook(
                notifyPath: notification.path,
                headers: [
                    "signature": notification.signature, "client-id": notification.clientId,
                    "request-time": notification.requestTime,
                ],
                body: Data(notification.body.utf8), publicKey: fixture.apoPublicKey)
            #expect(try await get(client, "/sim/v1/notifications?paymentRequestId=other").text == "[]")
        }
    }
}
