import AsyncHTTPClient
import CheckoutDomain
import CheckoutServices
import Foundation
import NIOCore
import NIOHTTP1
import Testing

/// `MockAPOServer` on a real socket (127.0.0.1, a free port), driven by `HTTPAPOClient` and `HTTPCheckoutPageService`.
@Suite(.timeLimit(.minutes(6))) struct LiveMockAPOTests {
    let fixture: ClientFixture

    init() throws {
        fixture = try ClientFixture()
    }

    @Test(
        "create session → load and pay via HTTPCheckoutPageService → inquire → capture → refund → inquiryRefund; pay → cancel"
    )
    func fullFlow() async throws {
        try await LoopbackServer.withMockAPO(fixture.server) { address in
            try await fixture.withHTTPClient { http in
                let apo = HTTPAPOClient(configuration: fixture.configuration(port: address.port), httpClient: http)
                let page = HTTPCheckoutPageService(baseURL: address.baseURL, httpClient: http)

                let created = try await apo.createPaymentSession(
                    ServerFixture.sessionRequest(id: "L-1", captureMode: "MANUAL"))
                #expect(created.result == .success)
                #expect(created.normalUrl?.hasPrefix("\(address.baseURL)/checkout-page/") == true, "the mock names its own port")
                guard case .ready(let session) = try await page.loadSession(sessionData: created.paymentSessionData ?? "")
                else {
                    Issue.record("the session did not load")
                    return
                }
                #expect(session.request.paymentRequestId == "L-1")
                let paid = try await page.submitPayment(
                    PaymentSubmission(
                        paymentSessionId: session.paymentSessionId, paymentMethodType: "CARD", card: ServerFixture.card()))
                #expect(paid.result == .success)
                let paymentId = try #require(paid.paymentId)

                let inquiry = try await apo.inquiryPayment(InquiryPaymentRequest(paymentRequestId: "L-1"))
                #expect(inquiry.paymentStatus == "SUCCESS")
                let amount = Amount(currency: "SGD", value: "6000")
                let capture = try await apo.capture(
                    CaptureRequest(captureRequestId: "L-C1", paymentId: paymentId, captureAmount: amount))
                #expect(capture.result == .success)
                let refund = try await apo.refund(
                    RefundRequest(refundRequestId: "L-R1", paymentId: paymentId, refundAmount: amount))
                #expect(refund.result == .success)
                let refundStatus = try await apo.inquiryRefund(InquiryRefundRequest(refundRequestId: "L-R1"))
                #expect(refundStatus.result == .success)
                #expect(refundStatus.refundStatus == "SUCCESS" && refundStatus.refundId == refund.refundId)

                let second = try await apo.pay(ServerFixture.payRequest(id: "L-2", captureMode: "MANUAL"))
                #expect(second.result == .success)
                let cancel = try await apo.cancel(CancelRequest(paymentRequestId: "L-2"))
                #expect(cancel.result == .success)
            }
        }
        #expect(!fixture.server.logs.all.joined().contains(ServerFixture.visaSuccess))
    }

    @Test("3DS and wallet pages over HTTP: challenge pass, wallet decline")
    func challengeAndWallet() async throws {
        try await LoopbackServer.withMockAPO(fixture.server) { address in
            try await fixture.withHTTPClient { http in
                let apo = HTTPAPOClient(configuration: fixture.configuration(port: address.port), httpClient: http)
                let page = HTTPCheckoutPageService(baseURL: address.baseURL, httpClient: http)
                let threeDS = try await apo.createPaymentSession(ServerFixture.sessionRequest(id: "L-3", threeDS: true))
                let pending = try await page.submitPayment(
                    PaymentSubmission(
                        paymentSessionId: threeDS.paymentSessionId ?? "", paymentMethodType: "CARD",
                        card: ServerFixture.card()))
                #expect(pending.result == .paymentInProcess)
                let challengePage = try await http.execute(
                    HTTPClientRequest(url: try #require(pending.normalUrl)), timeout: Patience.timeAmount)
                #expect(challengePage.status == .ok)
                let passed = try await page.completeChallenge(paymentId: pending.paymentId ?? "", outcome: .pass)
                #expect(passed.result == .success)

                let wallet = try await apo.createPaymentSession(ServerFixture.sessionRequest(id: "L-4"))
                let redirect = try await page.submitPayment(
                    PaymentSubmission(paymentSessionId: wallet.paymentSessionId ?? "", paymentMethodType: "TNG"))
                #expect(redirect.normalUrl?.hasPrefix("\(address.baseURL)/page/sandbox/wallet.html") == true)
                let declined = try await page.completeRedirect(paymentId: redirect.paymentId ?? "", action: .decline)
                #expect(declined.result.resultStatus == .failure)
            }
        }
    }

    /// Seed 002, hosted mode over a real socket: `pay` with only CARD → the card page at normalUrl → the browser's
    /// form post pays → the PAYMENT_RESULT goes out; a second payment is declined through HTTPCheckoutPageService.
    @Test("seed 002 hosted card page over HTTP: pay → GET normalUrl → form post pays → notified; enterCard declines")
    func hostedCardPage() async throws {
        try await LoopbackServer.withMockAPO(fixture.server) { address in
            try await fixture.withHTTPClient { http in
                let apo = HTTPAPOClient(configuration: fixture.configuration(port: address.port), httpClient: http)
                let pending = try await apo.pay(ServerFixture.hostedPayRequest(id: "L-H1"))
                #expect(pending.result == .paymentInProcess)
                let url = try #require(pending.normalUrl)
                #expect(url.hasPrefix(address.baseURL + MockAPOPaths.cardEntry))
                let page = try await http.execute(HTTPClientRequest(url: url), timeout: .seconds(30))
                #expect(page.status == .ok)
                let html = String(buffer: try await page.body.collect(upTo: 1 << 20))
                #expect(html.contains("action=\"\(BuyerPaths.enterCard)\"") && html.contains("name=\"cardNo\""))

                var post = HTTPClientRequest(url: address.baseURL + BuyerPaths.enterCard)
                post.method = .POST
                post.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
                post.headers.add(name: "Origin", value: address.baseURL)
                post.body = .bytes(
                    ByteBuffer(
                        string: "paymentId=\(pending.paymentId ?? "")&cardNo=\(ServerFixture.visaSuccess)&expiryMonth=12"
                            + "&expiryYear=30&cvv=123&holderName=Lady+Gaga"))
                let paid = try await http.execute(post, timeout: .seconds(30))
                #expect(String(buffer: try await paid.body.collect(upTo: 1 << 20)).contains("Payment S"))
                #expect(try await apo.inquiryPayment(InquiryPaymentRequest(paymentRequestId: "L-H1")).paymentStatus == "SUCCESS")

                let page2 = HTTPCheckoutPageService(baseURL: address.baseURL, httpClient: http)
                let second = try await apo.pay(ServerFixture.hostedPayRequest(id: "L-H2"))
                let declined = try await page2.enterCard(
                    paymentId: second.paymentId ?? "", .newCard(ServerFixture.card("4054692760174822"), saveCard: false))
                #expect(declined.result.resultStatus == .failure && declined.result.resultCode == "DO_NOT_HONOR")

                // The notification pump sends PAYMENT_RESULT on its own; wait for it with patience, not a deadline.
                var found = false
                let deadline = ContinuousClock.now + .seconds(90)
                while !found, ContinuousClock.now < deadline {
                    let response = try await http.execute(
                        HTTPClientRequest(url: "\(address.baseURL)/sim/v1/notifications?paymentRequestId=L-H1"),
                        timeout: .seconds(30))
                    let body = try await response.body.collect(upTo: 1 << 20)
                    found = try WireCoding.decode([SignedNotification].self, from: Data(body.readableBytesView))
                        .contains { $0.notifyType == .paymentResult }
                    if !found { try await Task.sleep(for: .milliseconds(200)) }
                }
                #expect(found, "PAYMENT_RESULT of the hosted card payment was sent")

                let rebound = try RawConnection(port: address.port)
                rebound.send("GET \(url.dropFirst(address.baseURL.count)) HTTP/1.1\r\nHost: rebind.evil.example\r\n\r\n")
                #expect(await rebound.readUntil("\r\n", wait: .seconds(60)).hasPrefix("HTTP/1.1 403"))
            }
        }
        #expect(!fixture.server.logs.all.joined().contains(ServerFixture.visaSuccess))
    }

    @Test("the outbox ticks by itself: a PAYMENT_RESULT shows up in /sim/v1/notifications within seconds")
    func notificationPump() async throws {
        try await LoopbackServer.withMockAPO(fixture.server) { address in
            try await fixture.withHTTPClient { http in
                let apo = HTTPAPOClient(configuration: fixture.configuration(port: address.port), httpClient: http)
                #expect(try await apo.pay(ServerFixture.payRequest(id: "L-5")).result == .success)
                var found: SignedNotification?
                let deadline = ContinuousClock.now + Patience.duration
                while found == nil, ContinuousClock.now < deadline {
                    let response = try await http.execute(
                        HTTPClientRequest(url: "\(address.baseURL)/sim/v1/notifications?paymentRequestId=L-5"),
                        timeout: Patience.timeAmount)
                    let body = try await response.body.collect(upTo: 1 << 20)
                    found = try WireCoding.decode([SignedNotification].self, from: Data(body.readableBytesView))
                        .first { $0.notifyType == "PAYMENT_RESULT" }
                    if found == nil { try await Task.sleep(for: .milliseconds(200)) }
                }
                let notification = try #require(found)
                try SignedRequest.verifyWebhook(
                    notifyPath: notification.path,
                    headers: [
                        "Signature": notification.signature, "Client-Id": notification.clientId,
                        "Request-Time": notification.requestTime,
                    ],
                    body: Data(notification.body.utf8), publicKey: fixture.server.apoPublicKey)
            }
        }
    }

    @Test("an oversized body gets a signed F, and the same server keeps serving")
    func oversizedThenServing() async throws {
        try await LoopbackServer.withMockAPO(fixture.server) { address in
            try await fixture.withHTTPClient { http in
                var request = HTTPClientRequest(url: "\(address.baseURL)/ams/sandbox/api/v1/payments/pay")
                request.method = .POST
                request.headers.add(name: "Content-Type", value: "application/json")
                request.body = .bytes(ByteBuffer(repeating: UInt8(ascii: "a"), count: 2 << 20))
                let response = try await http.execute(request, timeout: Patience.timeAmount)
                #expect(response.status == .ok)
                let body = try await response.body.collect(upTo: 1 << 20)
                let result = try WireCoding.decode([String: APOResult].self, from: Data(body.readableBytesView))["result"]
                #expect(result?.resultCode == ResultCode.paramIllegal)
                #expect(result?.resultMessage?.contains("larger than 1048576 bytes") == true)
                #expect(response.headers.first(name: "signature") != nil)

                let apo = HTTPAPOClient(configuration: fixture.configuration(port: address.port), httpClient: http)
                #expect(try await apo.inquiryPayment(InquiryPaymentRequest(paymentRequestId: "none")).result.resultStatus == .failure)
            }
        }
    }

    @Test("a second server on a busy port fails with \"port N is in use\"")
    func busyPort() async throws {
        try await LoopbackServer.withMockAPO(fixture.server) { address in
            let second = MockAPOServer(
                configuration: MockAPOServerConfiguration(port: address.port, keys: fixture.server.keys),
                store: InMemoryAPOStore(), logger: fixture.server.logs.logger)
            await #expect(throws: MockAPOServerError.portInUse(host: "127.0.0.1", port: address.port)) {
                try await second.run()
            }
            #expect(
                MockAPOServerError.portInUse(host: "127.0.0.1", port: address.port).description
                    .hasPrefix("port \(address.port) is in use"))
        }
    }

    @Test("a host that is not an address of this machine cannot be bound, and says so")
    func unbindableHost() async throws {
        let server = MockAPOServer(
            configuration: MockAPOServerConfiguration(host: "192.0.2.1", port: 0, keys: fixture.server.keys),
            store: InMemoryAPOStore(), logger: fixture.server.logs.logger)
        await #expect {
            try await server.run()
        } throws: { error in
            guard case MockAPOServerError.cannotBind(let host, _, _) = error else { return false }
            return host == "192.0.2.1"
        }
    }

    @Test("a store that cannot be read stops the server at start with the store's reason")
    func unreadableStore() async throws {
        /// A store whose records cannot be read, as a corrupt database file would be.
        struct UnreadableStore: APOStore {
            func loadAll() throws(StoreError) -> APOSnapshot { throw .corrupt("test: page 3 is garbage") }
            func save(_ changes: [APORecord], guarding submittedCards: [CardNumber]) throws(StoreError) {}
            func removeAll() throws(StoreError) {}
            func idempotencyRecord(api: String, requestId: String) throws(StoreError) -> IdempotencyRecord? {
                throw .corrupt("test: page 3 is garbage")
            }
        }
        let server = MockAPOServer(
            configuration: MockAPOServerConfiguration(port: 0, keys: fixture.server.keys), store: UnreadableStore(),
            logger: fixture.server.logs.logger)
        await #expect {
            try await server.run()
        } throws: { error in
            guard case MockAPOServerError.setupFailed(let reason) = error else { return false }
            return reason.contains("page 3 is garbage")
        }
    }
}
