import Foundation
import Testing

@testable import CheckoutDomain

/// Seed 004 "Payment failed retry": "if there is more than one successful payment order, then it needs to call the
/// cancel API to refund the buyer"; the windows are docs.antom.com/ac/cashierpay/cancel table 1 (docs/DECISIONS.md).
@Suite("MockAPO: cancel windows and the refund a paid cancel implies")
struct CancelWindowTests {
    private let hkd100 = Amount(currency: "HKD", value: "100")

    private func steps(_ inquiry: InquiryPaymentResponse) -> [String] {
        (inquiry.transactions ?? []).map {
            "\($0.transactionType ?? "?") \($0.transactionStatus ?? "?") \($0.transactionAmount?.value ?? "-")"
        }
    }

    /// A paid ALIPAY_HK payment (seed 004's own request: HKD 100), approved by the buyer.
    private func paidWallet(_ h: Harness, id: String, method: PaymentMethodType = "ALIPAY_HK", currency: String = "HKD")
        async throws -> String
    {
        let paid = try await h.apo.pay(Harness.payRequest(id: id, currency: currency, value: "100", methodType: method))
        let paymentId = try #require(paid.paymentId)
        let approved = try await h.apo.completeRedirect(paymentId: paymentId, action: .approve)
        #expect(approved.result == .success, "\(approved.result)")
        return paymentId
    }

    @Test("seed 004: the order's second successful payment is cancelled and refunded in full; the first stays paid")
    func seed004DoublePaymentCancelled() async throws {
        let h = try Harness()
        let first = try await paidWallet(h, id: "paymentRequestId01")
        h.advance(minutes: 5)
        let second = try await paidWallet(h, id: "paymentRequestId02")
        h.advance(minutes: 5)
        let cancel = try await h.apo.cancel(CancelRequest(paymentRequestId: "paymentRequestId02"))
        #expect(cancel.result == .success, "\(cancel.result)")
        #expect(cancel.paymentId == second)
        #expect(cancel.cancelTime == "2026-01-01T00:10:00+00:00")

        let inquiry = try await h.inquire(paymentId: second)
        #expect(inquiry.paymentStatus == "CANCELLED")
        #expect(steps(inquiry) == ["CANCEL SUCCESS 100", "REFUND SUCCESS 100"])
        let refundId = try #require(inquiry.transactions?.last?.transactionId)
        let line = try #require(
            await h.apo.activity(after: 0).last { $0.name == "cancel" && $0.resultStatus == .success })
        #expect(line.message.contains("refunded to the buyer in full as \(refundId)"), "\(line.message)")
        #expect(try await h.inquire(paymentId: first).paymentStatus == "SUCCESS")

        let again = try await h.apo.cancel(CancelRequest(paymentId: second))
        #expect(again.cancelTime == cancel.cancelTime, "a repeated cancel answers the first cancellation")
        #expect(steps(try await h.inquire(paymentId: second)).count == 2, "and refunds nothing more")
        let refund = try await h.apo.refund(
            RefundRequest(refundRequestId: "R-after-cancel", paymentId: second, refundAmount: hkd100))
        #expect(refund.result.resultCode == "ORDER_STATUS_INVALID", "a cancelled payment has nothing left to refund")
    }

    @Test("other methods: a paid payment can be cancelled until 00:15 (UTC+8) the next day, not after")
    func nextDayWindow() async throws {
        let h = try Harness()
        // Paid at 2026-01-01T00:00Z = 08:00 in UTC+8: the window ends 2026-01-02T00:15+08:00 = 2026-01-01T16:15Z.
        let inTime = try await paidWallet(h, id: "IN")
        let late = try await paidWallet(h, id: "LATE")
        h.advance(minutes: 16 * 60 + 15)
        #expect(try await h.apo.cancel(CancelRequest(paymentId: inTime)).result == .success)
        h.advance(minutes: 1)
        let refused = try await h.apo.cancel(CancelRequest(paymentId: late))
        #expect(refused.result.resultCode == "CANCEL_WINDOW_EXCEED")
        #expect(refused.result.resultStatus == .failure)
        #expect(refused.result.resultMessage?.contains("until 2026-01-01T16:15:00+00:00") == true, "\(refused.result)")
        #expect(refused.result.resultMessage?.contains("Refund it instead") == true)
        #expect(try await h.inquire(paymentId: late).paymentStatus == "SUCCESS", "a refused cancel changes nothing")
    }

    @Test("cards: an uncaptured authorisation is released (no refund) within 7 days; a captured one is refunded instead")
    func cardWindow() async throws {
        let h = try Harness()
        let manual = try await h.apo.pay(Harness.payRequest(id: "M", captureMode: "MANUAL"))
        let expired = try await h.apo.pay(Harness.payRequest(id: "X", captureMode: "MANUAL"))
        let captured = try await h.apo.pay(Harness.payRequest(id: "A"))
        h.advance(minutes: 6 * 24 * 60)
        #expect(try await h.apo.cancel(CancelRequest(paymentId: manual.paymentId)).result == .success)
        #expect(steps(try await h.inquire(paymentId: manual.paymentId)) == ["AUTHORIZATION SUCCESS 6000", "CANCEL SUCCESS 6000"])
        let capturedCancel = try await h.apo.cancel(CancelRequest(paymentId: captured.paymentId))
        #expect(capturedCancel.result.resultCode == "ORDER_STATUS_INVALID")
        #expect(capturedCancel.result.resultMessage?.contains("captured; refund it instead") == true)
        h.advance(minutes: 24 * 60 + 1)
        let late = try await h.apo.cancel(CancelRequest(paymentId: expired.paymentId))
        #expect(late.result.resultCode == "CANCEL_WINDOW_EXCEED", "\(late.result)")
    }

    @Test("a refunded payment cannot be cancelled (PROCESS_FAIL); DANA cannot be cancelled at all")
    func refusals() async throws {
        let h = try Harness()
        let refunded = try await paidWallet(h, id: "R")
        _ = try await h.apo.refund(
            RefundRequest(refundRequestId: "R-1", paymentId: refunded, refundAmount: Amount(currency: "HKD", value: "1")))
        let afterRefund = try await h.apo.cancel(CancelRequest(paymentId: refunded))
        #expect(afterRefund.result.resultCode == "PROCESS_FAIL")

        let dana = try await h.apo.pay(Harness.payRequest(id: "D", currency: "IDR", value: "10000", methodType: "DANA"))
        let refused = try await h.apo.cancel(CancelRequest(paymentId: dana.paymentId))
        #expect(refused.result.resultCode == "CANCEL_WINDOW_EXCEED")
        #expect(refused.result.resultMessage?.contains("DANA payments cannot be cancelled") == true)
        #expect(try await h.inquire(paymentId: dana.paymentId).paymentStatus == "PROCESSING")
    }
}
