import Foundation
import Testing

@testable import CheckoutDomain

/// Issue 16 item 5: a server keeps in memory only the newest settled payments (`paymentsKeptInMemory`) and those
/// still waiting; a call that names an older one reads it back from the store and answers exactly as before.
@Suite("MockAPO: older settled payments stay only in the store")
struct ResidentPaymentsTests {
    static func config(keeping kept: Int) -> MockAPOConfig {
        MockAPOConfig(
            baseURL: "http://127.0.0.1:8480", clientId: "SANDBOX_TEST", region: "SG", paymentsKeptInMemory: kept)
    }

    static func amount(_ value: String) -> Amount { Amount(currency: "SGD", value: value) }

    @Test("settled payments beyond the limit leave memory; inquiryPayment by either id answers as it did")
    func inquiryReadsBack() async throws {
        let h = try Harness(config: Self.config(keeping: 1))
        let first = try await h.apo.pay(Harness.payRequest(id: "P-1"))
        let firstId = try #require(first.paymentId)
        let before = try await h.inquire(paymentId: firstId)
        #expect(before.paymentStatus == .success)
        _ = try await h.apo.pay(Harness.payRequest(id: "P-2"))
        _ = try await h.apo.pay(Harness.payRequest(id: "P-3"))

        #expect(await h.apo.state.payments.isStoredOnly(firstId))
        #expect(await h.apo.state.payments.residentCount == 1)
        #expect(try await h.inquire(paymentId: firstId) == before)
        _ = try await h.apo.pay(Harness.payRequest(id: "P-4"))
        #expect(await h.apo.state.payments.isStoredOnly(firstId), "read back, then let go of again")
        #expect(try await h.inquire(paymentRequestId: "P-1") == before)
        #expect(await h.apo.payment(paymentRequestId: "P-1")?.transactions == before.transactions)
    }

    @Test("a payment only the store holds is still captured, refunded, its refund inquired, and cancelled")
    func movementsReadBack() async throws {
        let h = try Harness(config: Self.config(keeping: 1))
        let manual = try #require(try await h.apo.pay(Harness.payRequest(id: "P-M", captureMode: "MANUAL")).paymentId)
        let voided = try #require(try await h.apo.pay(Harness.payRequest(id: "P-V", captureMode: "MANUAL")).paymentId)
        let paid = try #require(try await h.apo.pay(Harness.payRequest(id: "P-S")).paymentId)
        _ = try await h.apo.pay(Harness.payRequest(id: "P-X"))
        for id in [manual, voided, paid] { #expect(await h.apo.state.payments.isStoredOnly(id)) }

        let captured = try await h.apo.capture(
            CaptureRequest(captureRequestId: "C-1", paymentId: manual, captureAmount: Self.amount("6000")))
        #expect(captured.result.resultStatus == .success, "\(captured.result)")

        let refunded = try await h.apo.refund(
            RefundRequest(refundRequestId: "RF-1", paymentId: paid, refundAmount: Self.amount("100")))
        #expect(refunded.result.resultStatus == .success, "\(refunded.result)")
        _ = try await h.apo.pay(Harness.payRequest(id: "P-Y"))
        _ = try await h.apo.pay(Harness.payRequest(id: "P-Z"))
        #expect(await h.apo.state.payments.isStoredOnly(paid))
        let refund = try await h.apo.inquiryRefund(InquiryRefundRequest(refundRequestId: "RF-1"))
        #expect(refund.result == .success)
        #expect(refund.refundId == refunded.refundId)
        #expect(refund.refundStatus == .success)

        let cancelled = try await h.apo.cancel(CancelRequest(paymentRequestId: "P-V"))
        #expect(cancelled.result.resultStatus == .success, "\(cancelled.result)")
        #expect(try await h.inquire(paymentId: voided).paymentStatus == .cancelled)
    }

    @Test("a payment still waiting for the buyer stays in memory however many payments follow")
    func waitingStays() async throws {
        let h = try Harness(config: Self.config(keeping: 0))
        let wallet = try #require(try await h.apo.pay(Harness.payRequest(id: "W-1", methodType: "GRABPAY_SG")).paymentId)
        for index in 1...12 { _ = try await h.apo.pay(Harness.payRequest(id: "P-\(index)")) }
        #expect(await h.apo.state.payments[wallet]?.status == .processing)
        #expect(await h.apo.state.payments.residentCount == 1, "only the waiting payment stays")
    }

    @Test("a repeated pay and a second press of Pay answer with the payment's state, read back")
    func repeatsReadBack() async throws {
        let h = try Harness(config: Self.config(keeping: 0))
        let page = try await h.openSession()
        let pressed = try await h.payByCard(page)
        let first = try await h.apo.pay(Harness.payRequest(id: "P-1"))
        let firstId = try #require(first.paymentId)
        #expect(await h.apo.state.payments.isStoredOnly(firstId))
        #expect(try await h.apo.pay(Harness.payRequest(id: "P-1")) == first)
        #expect(try await h.payByCard(page) == pressed)
    }

    @Test("a restart keeps only the newest settled payments in memory, and reads the others back")
    func restart() async throws {
        let store = InMemoryAPOStore()
        let before = try Harness(store: store)
        let first = try await before.apo.pay(Harness.payRequest(id: "P-1"))
        for index in 2...5 { _ = try await before.apo.pay(Harness.payRequest(id: "P-\(index)")) }

        let restarted = try Harness(store: store, config: Self.config(keeping: 2))
        #expect(await restarted.apo.state.payments.residentCount == 2)
        #expect(await restarted.apo.state.payments.storedOnlyCount == 3)
        let firstId = try #require(first.paymentId)
        #expect(try await restarted.inquire(paymentId: firstId).paymentStatus == .success)
        let all = try await restarted.apo.paymentsByRequestId()
        #expect(all.keys.sorted() == ["P-1", "P-2", "P-3", "P-4", "P-5"])
    }

    @Test("when the store cannot read a payment back, the call answers U UNKNOWN_EXCEPTION and nothing is lost")
    func unreadable() async throws {
        let store = FlakyStore()
        let apo = try MockAPO.bundled(
            clock: ManualClock(Harness.start), ids: SequentialIDGenerator(), store: store,
            sink: MerchantWebhookReceiver(), config: Self.config(keeping: 0))
        let paid = try #require(try await apo.pay(Harness.payRequest(id: "P-1")).paymentId)
        store.failingReads = true

        let refused = try await apo.inquiryPayment(InquiryPaymentRequest(paymentId: paid))
        #expect(refused.result.resultStatus == .unknown)
        #expect(refused.result.resultCode == .unknownException)
        let refund = try await apo.refund(
            RefundRequest(refundRequestId: "RF-1", paymentId: paid, refundAmount: Self.amount("100")))
        #expect(refund.result.resultCode == .unknownException)
        #expect(await apo.activity(after: 0).contains { $0.kind == .storeFailure && $0.message.contains("read back") })
        #expect(await apo.payment(paymentId: paid) == nil)

        store.failingReads = false
        #expect(try await apo.inquiryPayment(InquiryPaymentRequest(paymentId: paid)).paymentStatus == .success)
        let retried = try await apo.refund(
            RefundRequest(refundRequestId: "RF-1", paymentId: paid, refundAmount: Self.amount("100")))
        #expect(retried.result.resultStatus == .success, "the refusal kept nothing, so the retry is fresh")
    }
}
