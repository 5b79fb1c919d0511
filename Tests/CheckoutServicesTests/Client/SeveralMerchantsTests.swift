import AsyncHTTPClient
import CheckoutDomain
import CheckoutServices
import Foundation
import Testing

/// Issue 13 item 2: one server, two merchants, each with its own client id, records and notifications.
@Suite(.timeLimit(.minutes(6))) struct SeveralMerchantsTests {
    static let shopA = "SANDBOX_SHOP_A"
    static let shopB = "SANDBOX_SHOP_B"

    let fixture: ClientFixture

    init() throws {
        fixture = try ClientFixture()
    }

    private func withTwoMerchants<T: Sendable>(_ body: @Sendable (ServerAddress) async throws -> T) async throws -> T {
        var configuration = MockAPOServerConfiguration(port: 0, keys: fixture.server.keys, timeScale: 60)
        configuration.merchants = [Self.shopA, Self.shopB].map {
            ServedMerchant(clientId: $0, merchantPublicKey: fixture.server.merchantKey.verifyingKey)
        }
        let server = MockAPOServer(
            configuration: configuration, stores: [Self.shopA: InMemoryAPOStore(), Self.shopB: InMemoryAPOStore()],
            logger: fixture.server.logs.logger)
        return try await LoopbackServer.run({ ready in try await server.run { ready($0.port) } }) { port in
            try await body(ServerAddress(host: "127.0.0.1", port: port))
        }
    }

    @Test("each merchant sees only its own payments, and its notifications carry its client id")
    func isolated() async throws {
        try await withTwoMerchants { address in
            try await fixture.withHTTPClient { http in
                let shopA = HTTPAPOClient(
                    configuration: fixture.configuration(port: address.port, clientId: Self.shopA), httpClient: http)
                let shopB = HTTPAPOClient(
                    configuration: fixture.configuration(port: address.port, clientId: Self.shopB), httpClient: http)
                #expect(try await shopA.pay(ServerFixture.payRequest(id: "PAY-1")).result == .success)
                let foreign = try await shopB.inquiryPayment(InquiryPaymentRequest(paymentRequestId: "PAY-1"))
                #expect(foreign.result.resultCode == "ORDER_NOT_EXIST")
                // The same request id is B's own, unrelated payment, not a repeat of A's.
                let own = try await shopB.pay(ServerFixture.payRequest(id: "PAY-1", cardNo: "5162774114974622"))
                #expect(own.result == .success)
                let mine = try await shopA.inquiryPayment(InquiryPaymentRequest(paymentRequestId: "PAY-1"))
                #expect(mine.paymentId != own.paymentId)

                // The buyer's side finds each merchant's session by itself.
                let page = HTTPCheckoutPageService(baseURL: address.baseURL, httpClient: http)
                let session = try await shopB.createPaymentSession(ServerFixture.sessionRequest(id: "S-B"))
                guard case .ready(let loaded) = try await page.loadSession(sessionData: session.paymentSessionData ?? "")
                else {
                    Issue.record("shop B's session did not load")
                    return
                }
                #expect(loaded.request.paymentRequestId == "S-B")

                let listing = SimulatorNotificationsClient(baseURL: address.baseURL, httpClient: http)
                var sent: [SignedNotification] = []
                let deadline = ContinuousClock.now + Patience.duration
                while Set(sent.map(\.clientId)).count < 2, ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(100))
                    sent = try await listing.list(paymentRequestId: "PAY-1").filter { $0.notifyType == "PAYMENT_RESULT" }
                }
                #expect(Set(sent.map(\.clientId)) == [Self.shopA, Self.shopB])
                for notification in sent {
                    let body = try WireCoding.decode(NotifyPaymentRequest.self, from: Data(notification.body.utf8))
                    #expect(body.paymentId == (notification.clientId == Self.shopA ? mine.paymentId : own.paymentId))
                }

                let stranger = HTTPAPOClient(
                    configuration: fixture.configuration(port: address.port, clientId: "SANDBOX_NOBODY"), httpClient: http)
                let refused = try await stranger.inquiryPayment(InquiryPaymentRequest(paymentRequestId: "PAY-1"))
                #expect(refused.result.resultCode == "INVALID_CLIENT")
                #expect(refused.result.resultMessage?.contains("\(Self.shopA), \(Self.shopB)") == true)
            }
        }
    }

    @Test("a merchants file with a duplicate client id, a missing key or no merchants is refused, naming it")
    func badMerchantsFile() throws {
        let directory = try TemporaryDirectory().create()
        defer { directory.remove() }
        let key = directory.url.appending(path: "merchant-public.pem")
        try Data(fixture.server.vectors.merchantPublicKeyPem.utf8).write(to: key)
        func load(_ json: String) throws -> [ServedMerchant] {
            let file = directory.url.appending(path: "merchants.json")
            try Data(json.utf8).write(to: file)
            return try MerchantsFile.load(file)
        }
        let good = try load(#"{"merchants":[{"clientId":"A","merchantPublicKey":"merchant-public.pem","notifyUrl":"http://127.0.0.1:9/n"},{"clientId":"B","merchantPublicKey":"merchant-public.pem"}]}"#)
        #expect(good.map(\.clientId) == ["A", "B"])
        #expect(good.first?.notifyUrl == "http://127.0.0.1:9/n")

        let duplicate = try #require(throws: MerchantsFileError.self) {
            try load(#"{"merchants":[{"clientId":"A","merchantPublicKey":"merchant-public.pem"},{"clientId":"A","merchantPublicKey":"merchant-public.pem"}]}"#)
        }
        #expect(duplicate.description.contains("merchant 2 (A): clientId A is already merchant 1's"))
        let missing = try #require(throws: MerchantsFileError.self) {
            try load(#"{"merchants":[{"clientId":"A","merchantPublicKey":"nope.pem"}]}"#)
        }
        #expect(missing.description.contains("merchant 1 (A): merchantPublicKey"))
        #expect(missing.description.contains("nope.pem"))
        let garbage = directory.url.appending(path: "garbage.pem")
        try Data("not a key".utf8).write(to: garbage)
        let unreadable = try #require(throws: MerchantsFileError.self) {
            try load(#"{"merchants":[{"clientId":"A","merchantPublicKey":"garbage.pem"}]}"#)
        }
        #expect(unreadable.description.contains("garbage.pem"))
        #expect(throws: MerchantsFileError.self) { try load(#"{"merchants":[]}"#) }
        #expect(throws: MerchantsFileError.self) { try load(#"{"merchants":[{"clientId":"../x","merchantPublicKey":"merchant-public.pem"}]}"#) }
        #expect(throws: MerchantsFileError.self) { try load("{") }
    }
}
