import CheckoutDomain
import CheckoutServices
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Seed 002's hosted card flow served by `serve`, in process: `pay` with only `paymentMethodType: CARD` answers U
/// with a normalUrl; that page collects the card and a form post pays, as the buyer's browser would.
@Suite struct HostedCardPageTests {
    let fixture: ServerFixture
    static let base = "http://127.0.0.1:8480"

    init() throws {
        fixture = try ServerFixture()
    }

    private func startHosted(
        _ client: some TestClientProtocol, id: String, metadata: [String: JSONValue]? = nil
    ) async throws -> (paymentId: String, path: String) {
        let pending = try await client.call(.pay, ServerFixture.hostedPayRequest(id: id, metadata: metadata), fixture: fixture)
            .decode(PayResponse.self)
        #expect(pending.result == .paymentInProcess)
        let url = try #require(pending.normalUrl)
        #expect(url.hasPrefix(Self.base + MockAPOPaths.cardEntry))
        return (try #require(pending.paymentId), String(url.dropFirst(Self.base.count)))
    }

    private func form(
        _ client: some TestClientProtocol, _ text: String, headers: HTTPFields = [:]
    ) async throws -> GatewayReply {
        var fields = headers
        fields[.contentType] = "application/x-www-form-urlencoded"
        return try await client.execute(
            uri: BuyerPaths.enterCard, method: .post, headers: fields, body: ByteBuffer(string: text)
        ) { GatewayReply($0) }
    }

    private static func cardForm(paymentId: String, number: String, extra: String = "") -> String {
        "paymentId=\(paymentId)&cardNo=\(number)&expiryMonth=12&expiryYear=30&cvv=123&holderName=Lady+Gaga\(extra)"
    }

    @Test("seed 002: the normalUrl of a pay without card details is a card form; posting a success card pays, notified")
    func cardPagePays() async throws {
        try await fixture.application().test(.router) { client in
            let (paymentId, path) = try await startHosted(client, id: "HC-1")
            let page = try await client.execute(uri: path, method: .get) { GatewayReply($0) }
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=UTF-8")
            #expect(page.headers[.contentSecurityPolicy]?.contains("form-action 'self'") == true)
            #expect(page.text.contains("action=\"\(BuyerPaths.enterCard)\""))
            for field in ["cardNo", "expiryMonth", "expiryYear", "cvv", "holderName"] {
                #expect(page.text.contains("name=\"\(field)\""), "the page collects \(field)")
            }
            #expect(!page.text.contains("saveCard"), "tokenizeMode not ASKFORCONSENT: no save box")
            #expect(page.text.contains("S$60.00"))

            let paid = try await form(client, Self.cardForm(paymentId: paymentId, number: "4054+6957+2310+0768"))
            #expect(paid.status == .ok)
            #expect(paid.text.contains("Payment S"), "\(paid.text)")
            let payment = try #require(await fixture.apo.payment(paymentId: paymentId))
            #expect(payment.status == .success && payment.card?.maskedCardNo == "************0768")
            _ = await fixture.apo.deliverDueNotifications()
            let sent = fixture.sink.notifications(paymentRequestId: "HC-1")
            let result = try #require(sent.first { $0.notifyType == .paymentResult })
            let body = try WireCoding.decode(NotifyPaymentRequest.self, from: Data(result.body.utf8))
            #expect(body.result == .success && body.paymentId == paymentId)
            #expect(body.paymentResultInfo?.cardNo == "************0768")
            #expect(!result.body.contains(ServerFixture.visaSuccess))

            let after = try await client.execute(uri: path, method: .get) { GatewayReply($0) }
            #expect(after.text.contains("waits for no card") && !after.text.contains("name=\"cardNo\""))
        }
        let logs = fixture.logs.all.joined()
        #expect(!logs.contains(ServerFixture.visaSuccess) && !logs.contains("4054 6957 2310 0768"))
    }

    @Test("seed 002: a declined test card on the card page fails the payment (F DO_NOT_HONOR) and notifies it")
    func cardPageDecline() async throws {
        try await fixture.application().test(.router) { client in
            let (paymentId, _) = try await startHosted(client, id: "HC-2")
            let declined = try await client.execute(
                uri: BuyerPaths.enterCard, method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(
                    bytes: WireCoding.encode(
                        BuyerEnterCardRequest(
                            paymentId: paymentId, .newCard(ServerFixture.card("4054692760174822"), saveCard: false))))
            ) { GatewayReply($0) }
            let answer = try declined.decode(PayResponse.self)
            #expect(answer.result.resultStatus == .failure && answer.result.resultCode == "DO_NOT_HONOR")
            #expect(await fixture.apo.payment(paymentId: paymentId)?.status == .fail)
            _ = await fixture.apo.deliverDueNotifications()
            let sent = fixture.sink.notifications(paymentRequestId: "HC-2")
            let result = try #require(sent.first { $0.notifyType == .paymentResult })
            let body = try WireCoding.decode(NotifyPaymentRequest.self, from: Data(result.body.utf8))
            #expect(body.result.resultStatus == .failure && body.result.resultCode == "DO_NOT_HONOR")
        }
    }

    @Test("seed 002: with is3DSAuthentication the card page leads to the 3DS challenge, and passing it pays")
    func cardPageChallenge() async throws {
        try await fixture.application().test(.router) { client in
            let (paymentId, _) = try await startHosted(client, id: "HC-3", metadata: ["is3DSAuthentication": .bool(true)])
            let challenged = try await form(client, Self.cardForm(paymentId: paymentId, number: ServerFixture.visaSuccess))
            #expect(challenged.text.contains("Payment U"))
            #expect(challenged.text.contains(MockAPOPaths.challenge), "the result links the challenge page")
            let passed = try await client.execute(
                uri: BuyerPaths.completeChallenge, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "paymentId=\(paymentId)&outcome=pass")
            ) { GatewayReply($0) }
            #expect(passed.text.contains("Payment S"))
        }
    }

    @Test("ASKFORCONSENT shows 'Save this card'; ticked, the payment mints a token")
    func saveBox() async throws {
        try await fixture.application().test(.router) { client in
            let (paymentId, path) = try await startHosted(
                client, id: "HC-4", metadata: ["tokenizeMode": .string("ASKFORCONSENT")])
            let page = try await client.execute(uri: path, method: .get) { GatewayReply($0) }
            #expect(page.text.contains("name=\"saveCard\""))
            let paid = try await form(
                client, Self.cardForm(paymentId: paymentId, number: ServerFixture.visaSuccess, extra: "&saveCard=on"))
            #expect(paid.text.contains("Payment S"))
            let answer = try await client.call(.inquiryPayment, InquiryPaymentRequest(paymentId: paymentId), fixture: fixture)
            #expect(answer.text.contains("cardToken"), "\(answer.text)")
        }
    }

    @Test("a wrong card, or a form without its fields, keeps the payment waiting and says what to fix")
    func badEntries() async throws {
        try await fixture.application().test(.router) { client in
            let (paymentId, _) = try await startHosted(client, id: "HC-5")
            let unknown = try await form(client, Self.cardForm(paymentId: paymentId, number: "4111111111111111"))
            #expect(unknown.text.contains("CARD_NOT_SUPPORTED"), "\(unknown.text)")
            #expect(unknown.text.contains(MockAPOPaths.cardEntry), "the answer links back to the card page")
            let missing = try await form(client, "paymentId=\(paymentId)&cardNo=4054695723100768")
            #expect(missing.text.contains("expiryMonth is required"))
            let empty = try await form(client, "paymentId=\(paymentId)")
            #expect(empty.text.contains("PARAM_ILLEGAL"))
            #expect(await fixture.apo.payment(paymentId: paymentId)?.waitingFor == .cardEntry)
        }
        #expect(!fixture.logs.all.joined().contains("4111111111111111"))
    }

    @Test("the card page and its post refuse another site's page (Origin, Sec-Fetch-Site) as the other pages do")
    func crossSite() async throws {
        try await fixture.application().test(.router) { client in
            let (paymentId, path) = try await startHosted(client, id: "HC-6")
            let framed = try await client.execute(
                uri: path, method: .get, headers: [.origin: "https://evil.example"]
            ) { GatewayReply($0) }
            #expect(framed.status == .forbidden)
            let fetched = try await client.execute(
                uri: path, method: .get, headers: [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"]
            ) { GatewayReply($0) }
            #expect(fetched.status == .forbidden)
            let posted = try await form(
                client, Self.cardForm(paymentId: paymentId, number: ServerFixture.visaSuccess),
                headers: [.origin: "https://evil.example"])
            #expect(posted.status == .forbidden)
            #expect(await fixture.apo.payment(paymentId: paymentId)?.waitingFor == .cardEntry)
            let wrongMethod = try await client.execute(uri: path, method: .post) { GatewayReply($0) }
            #expect(wrongMethod.status == .methodNotAllowed)
        }
    }

    @Test("an unknown payment on the card page shows why, with no form")
    func unknownPayment() async throws {
        try await fixture.application().test(.router) { client in
            let page = try await client.execute(uri: MockAPOPaths.cardEntry + "?paymentId=nope", method: .get) {
                GatewayReply($0)
            }
            #expect(page.text.contains("Unknown payment nope") && !page.text.contains("<form"))
        }
    }
}
