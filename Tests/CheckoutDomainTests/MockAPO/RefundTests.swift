import Foundation
import Testing

@testable import CheckoutDomain

/// Refunds as Antom documents them (docs.antom.com/ac/ams/notify_refund, ir_online; reference §3.3, §3.4): the
/// refund window per method, `isAsyncRefund`, REFUND_RESULT to refundNotifyUrl and `inquiryRefund`.
@Suite("MockAPO: refund windows, asynchronous refunds, REFUND_RESULT and inquiryRefund")
struct RefundTests {
    static let refundUrl = "https://merchant.example/refunds/notify"
    private let sgd = { (value: String) in Amount(currency: "SGD", value: value) }

    private func paidCard(_ h: Harness, id: String = "A") async throws -> String {
        try #require(try await h.apo.pay(Harness.payRequest(id: id)).paymentId)
    }

    private func refundNotifications(_ h: Harness) async throws -> [NotifyRefundRequest] {
        try await h.outbox().filter { $0.notifyType == "REFUND_RESULT" }.map {
            try WireCoding.decode(NotifyRefundRequest.self, from: Data($0.body.utf8))
        }
    }

    @Test("a synchronous refund answers S and posts REFUND_RESULT S to refundNotifyUrl; inquiryRefund says SUCCESS")
    func synchronous() async throws {
        let h = try Harness()
        let paymentId = try await paidCard(h)
        h.advance(minutes: 10)
        let refund = try await h.apo.refund(
            RefundRequest(
                refundRequestId: "R-1", paymentId: paymentId, refundAmount: sgd("2500"), refundNotifyUrl: Self.refundUrl))
        #expect(refund.result == .success)
        let refundId = try #require(refund.refundId)
        let entry = try #require(try await h.outbox().last)
        #expect(entry.notifyType == "REFUND_RESULT")
        #expect(entry.url == Self.refundUrl)
        let notify = try #require(try await refundNotifications(h).first)
        #expect(notify.result == .success)
        #expect(notify.refundStatus == "SUCCESS")
        #expect(notify.refundId == refundId)
        #expect(notify.refundRequestId == "R-1")
        #expect(notify.refundAmount == sgd("2500"))
        #expect(notify.refundTime == "2026-01-01T00:10:00+00:00")

        for inquiry in [InquiryRefundRequest(refundRequestId: "R-1"), InquiryRefundRequest(refundId: refundId)] {
            let answer = try await h.apo.inquiryRefund(inquiry)
            #expect(answer.result == .success)
            #expect(answer.refundStatus == "SUCCESS")
            #expect(answer.refundId == refundId && answer.refundRequestId == "R-1")
            #expect(answer.refundTime == "2026-01-01T00:10:00+00:00")
        }
        _ = await h.apo.deliverDueNotifications()
        #expect(h.merchant?.notifications.map(\.notifyType).contains("REFUND_RESULT") == true, "the merchant acks it")
        #expect(try await h.outbox().last?.status == .acked)
    }

    @Test("isAsyncRefund: U REFUND_IN_PROCESS, PROCESSING, then SUCCESS 30 s later with REFUND_RESULT")
    func asynchronous() async throws {
        let h = try Harness()
        let paymentId = try await paidCard(h)
        let refund = try await h.apo.refund(
            RefundRequest(
                refundRequestId: "R-A", paymentId: paymentId, refundAmount: sgd("6000"), refundNotifyUrl: Self.refundUrl,
                isAsyncRefund: true))
        #expect(refund.result.resultCode == "REFUND_IN_PROCESS")
        #expect(refund.result.resultStatus == .unknown)
        #expect(refund.refundTime == nil)
        let refundId = try #require(refund.refundId)
        #expect(try await refundNotifications(h).isEmpty, "nothing to say until it ends")
        #expect(try await h.apo.inquiryRefund(InquiryRefundRequest(refundId: refundId)).refundStatus == "PROCESSING")
        let more = try await h.apo.refund(
            RefundRequest(refundRequestId: "R-B", paymentId: paymentId, refundAmount: sgd("1")))
        #expect(more.result.resultCode == "REFUND_AMOUNT_EXCEED", "a refund in process counts against the amount")

        h.advance(minutes: 0.5)
        let done = try await h.apo.inquiryRefund(InquiryRefundRequest(refundRequestId: "R-A"))
        #expect(done.refundStatus == "SUCCESS")
        #expect(done.refundTime == "2026-01-01T00:00:30+00:00")
        let notify = try #require(try await refundNotifications(h).first)
        #expect(notify.refundStatus == "SUCCESS" && notify.refundId == refundId)
        let steps = try await h.inquire(paymentId: paymentId).transactions?.map {
            "\($0.transactionType ?? "") \($0.transactionStatus ?? "")"
        }
        #expect(steps == ["AUTHORIZATION SUCCESS", "CAPTURE SUCCESS", "REFUND SUCCESS"])
    }

    @Test("the refund window comes from the catalog: Mercado Pago 180 days, cards 365; past it REFUND_WINDOW_EXCEED")
    func window() async throws {
        let h = try Harness()
        let card = try await paidCard(h)
        let mercado = try #require(
            try await h.apo.pay(
                Harness.payRequest(
                    id: "MP", currency: "MXN", value: "10000", methodType: "MERCADOPAGO_MX",
                    extra: ["payerEmail": .string("buyer@example.com")])
            ).paymentId)
        #expect(try await h.apo.completeRedirect(paymentId: mercado, action: .approve).result == .success)
        h.advance(minutes: 181 * 24 * 60)
        let late = try await h.apo.refund(
            RefundRequest(refundRequestId: "R-MP", paymentId: mercado, refundAmount: Amount(currency: "MXN", value: "1")))
        #expect(late.result.resultCode == "REFUND_WINDOW_EXCEED")
        #expect(late.result.resultMessage?.contains("180 days") == true, "\(late.result)")
        #expect(try await h.apo.refund(
            RefundRequest(refundRequestId: "R-C1", paymentId: card, refundAmount: sgd("1"))).result == .success)
        h.advance(minutes: 185 * 24 * 60)
        let cardLate = try await h.apo.refund(RefundRequest(refundRequestId: "R-C2", paymentId: card, refundAmount: sgd("1")))
        #expect(cardLate.result.resultCode == "REFUND_WINDOW_EXCEED")
        #expect(cardLate.result.resultMessage?.contains("365 days") == true)
    }

    @Test("inquiryRefund: an unknown id is REFUND_NOT_EXIST, no id is PARAM_ILLEGAL; no address: not sent, said so")
    func inquiryAndAddress() async throws {
        let h = try Harness()
        let paymentId = try await paidCard(h)
        #expect(try await h.apo.inquiryRefund(InquiryRefundRequest(refundId: "nope")).result.resultCode == "REFUND_NOT_EXIST")
        #expect(try await h.apo.inquiryRefund(InquiryRefundRequest()).result.resultCode == "PARAM_ILLEGAL")
        _ = try await h.apo.refund(RefundRequest(refundRequestId: "R-1", paymentId: paymentId, refundAmount: sgd("1")))
        #expect(try await refundNotifications(h).isEmpty)
        let skipped = await h.apo.activity(after: 0).last { $0.kind == .notificationSkipped }
        #expect(skipped?.name == "REFUND_RESULT")
        #expect(skipped?.message.contains("no refundNotifyUrl") == true)
    }

    @Test("the Dashboard address: notifications go there when a request names no paymentNotifyUrl (seeds 001-004)")
    func dashboardAddress() async throws {
        let dashboard = "https://merchant.example/dashboard-notify"
        let h = try Harness(config: MockAPOConfig(clientId: "SANDBOX_TEST", dashboardNotifyUrl: dashboard))
        let paid = try await h.apo.pay(Harness.payRequest(id: "NO-URL", notifyUrl: nil))
        let named = try await h.apo.pay(Harness.payRequest(id: "URL"))
        _ = try await h.apo.refund(
            RefundRequest(refundRequestId: "R-1", paymentId: paid.paymentId, refundAmount: sgd("1")))
        let entries = try await h.outbox()
        #expect(entries.filter { $0.paymentId == paid.paymentId }.map(\.url) == [dashboard, dashboard, dashboard])
        #expect(entries.filter { $0.paymentId == named.paymentId }.allSatisfy { $0.url == Harness.notifyUrl })
        let queued = await h.apo.activity(after: 0).first { $0.kind == .notificationQueued }
        #expect(queued?.message.contains("to the Dashboard address \(dashboard)") == true, "\(queued?.message ?? "")")
    }
}
