import CheckoutDomain
import CheckoutServices
import Foundation
import Testing

/// Issue 12 item 8, as seen: "A Luhn-valid 13–19-digit number anywhere in a request (a `buyerPhoneNo`, a numeric
/// `paymentRequestId` or `referenceOrderId`) makes the whole request fail with `U UNKNOWN_EXCEPTION` and nothing
/// logged: the card-number guard refuses the save." Reproduced on the SQLite store, then kept.
@Suite("SQLite store: numbers that only look like cards")
struct CardLookalikeTests {
    /// Each passes the Luhn check; none was submitted as a card.
    static let phone = "6581234567892"
    static let requestId = "202601011234565"
    static let orderId = "880012345678901232"

    @Test("a pay request with Luhn-valid numeric ids and phone number is paid and kept")
    func payWithLookalikes() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let store = try fixture.open()
        let apo = try APOBench().apo(store: store, sink: MerchantWebhookReceiver())
        var request = APOBench.payRequest(id: Self.requestId, notifyUrl: "https://merchant.example/notify")
        request.order?.referenceOrderId = Self.orderId
        request.order?.buyer = Buyer(buyerPhoneNo: Self.phone)
        let answer = try await apo.pay(request)
        #expect(answer.result.resultStatus != .unknown, "\(answer.result)")
        #expect(answer.result.resultCode != ResultCode.unknownException)
        let kept = try store.loadAll()
        #expect(kept.payments.map(\.paymentRequestId) == [Self.requestId])
        #expect(kept.idempotency.first?.canonicalRequest?.contains(Self.phone) == true)
        #expect(kept.idempotency.first?.canonicalRequest?.contains(APOBench.visaSuccess) == false)
    }

    @Test("a createPaymentSession with Luhn-valid numeric ids and phone number is answered S and kept")
    func sessionWithLookalikes() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let store = try fixture.open()
        let apo = try APOBench().apo(store: store, sink: MerchantWebhookReceiver())
        var request = APOBench.sessionRequest(id: Self.requestId, notifyUrl: "https://merchant.example/notify")
        request.order?.referenceOrderId = Self.orderId
        request.order?.buyer = Buyer(buyerPhoneNo: Self.phone)
        let answer = try await apo.createPaymentSession(request)
        #expect(answer.result == .success, "\(answer.result)")
        #expect(try store.loadAll().sessions.map(\.paymentRequestId) == [Self.requestId])
    }

    @Test("the card number copied into another field is F PARAM_ILLEGAL naming that field, and nothing is kept of it")
    func strayCardNumber() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let store = try fixture.open()
        let apo = try APOBench().apo(store: store, sink: MerchantWebhookReceiver())
        var request = APOBench.payRequest(notifyUrl: "https://merchant.example/notify")
        request.order?.orderDescription = "card 4054 6957 2310 0768"
        let answer = try await apo.pay(request)
        #expect(answer.result.resultStatus == .failure)
        #expect(answer.result.resultCode == ResultCode.paramIllegal)
        #expect(answer.result.resultMessage?.hasPrefix("order.orderDescription holds the card number") == true)
        #expect(answer.result.resultMessage?.contains(APOBench.visaSuccess) == false)
        let kept = try store.loadAll()
        #expect(kept.payments.isEmpty && kept.idempotency.isEmpty)
    }
}
