import Foundation
import Testing

@testable import CheckoutDomain

@Suite("MockAPO: capture, cancel, refund")
struct CaptureCancelRefundTests {
    private func steps(_ inquiry: InquiryPaymentResponse) -> [String] {
        (inquiry.transactions ?? []).map { "\($0.transactionType ?? "?") \($0.transactionStatus ?? "?")" }
    }

    // Seed 003: captureMode AUTOMATIC when empty; its capture notification uses the paymentRequestId as
    // captureRequestId.
    @Test("AUTOMATIC (the default): AUTHORIZATION then CAPTURE, PAYMENT_RESULT then CAPTURE_RESULT")
    func automatic() async throws {
        let h = try Harness()
        let page = try await h.openSession()
        let paid = try await h.payByCard(page)
        let paymentId = try #require(paid.paymentId)
        #expect(paid.authExpiryTime == "2026-01-08T00:00:00+00:00")
        let inquiry = try await h.inquire(paymentId: paymentId)
        #expect(steps(inquiry) == ["AUTHORIZATION SUCCESS", "CAPTURE SUCCESS"])
        let capture = try #require(inquiry.transactions?.last)
        #expect(capture.transactionRequestId == "REQ-1", "Antom's automatic capture uses the paymentRequestId")
        #expect(capture.transactionAmount == Amount(currency: "SGD", value: "6000"))
        #expect(try await h.outbox().map(\.notifyType) == ["PAYMENT_RESULT", "CAPTURE_RESULT"])
        let overCapture = try await h.apo.capture(
            CaptureRequest(
                captureRequestId: "C-x", paymentId: paymentId, captureAmount: Amount(currency: "SGD", value: "1")))
        #expect(overCapture.result.resultCode == "CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT")
    }

    // Seed 003: captureMode MANUAL, capture by the capture API, then notifyCapture (CAPTURE_RESULT).
    @Test(
        "MANUAL: authorised only, then partial captures up to the authorised amount; over → CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT"
    )
    func manual() async throws {
        let h = try Harness()
        let page = try await h.openSession(Harness.sessionRequest(captureMode: "MANUAL"))
        let paid = try await h.payByCard(page)
        let paymentId = try #require(paid.paymentId)
        #expect(paid.result == .success)
        var inquiry = try await h.inquire(paymentId: paymentId)
        #expect(inquiry.paymentStatus == "SUCCESS")
        #expect(steps(inquiry) == ["AUTHORIZATION SUCCESS"])
        #expect(try await h.outbox().map(\.notifyType) == ["PAYMENT_RESULT"])

        h.advance(minutes: 30)
        let first = try await h.apo.capture(
            CaptureRequest(
                captureRequestId: "C-1", paymentId: paymentId, captureAmount: Amount(currency: "SGD", value: "4000")))
        #expect(first.result == .success)
        #expect(first.captureRequestId == "C-1")
        #expect(first.paymentId == paymentId)
        #expect(first.captureTime == "2026-01-01T00:30:00+00:00")
        let captureId = try #require(first.captureId)
        let over = try await h.apo.capture(
            CaptureRequest(
                captureRequestId: "C-2", paymentId: paymentId, captureAmount: Amount(currency: "SGD", value: "2001")))
        #expect(over.result.resultCode == "CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT")
        #expect(over.result.resultStatus == .failure)
        let rest = try await h.apo.capture(
            CaptureRequest(
                captureRequestId: "C-3", paymentId: paymentId, captureAmount: Amount(currency: "SGD", value: "2000")))
        #expect(rest.result == .success)
        inquiry = try await h.inquire(paymentId: paymentId)
        #expect(steps(inquiry) == ["AUTHORIZATION SUCCESS", "CAPTURE SUCCESS", "CAPTURE SUCCESS"])
        #expect(inquiry.transactions?.dropFirst().first?.transactionId == captureId)
        #expect(try await h.outbox().map(\.notifyType) == ["PAYMENT_RESULT", "CAPTURE_RESULT", "CAPTURE_RESULT"])
        let body = try #require(try await h.outbox().dropFirst().first?.body)
        let notify = try WireCoding.decode(NotifyCaptureRequest.self, from: Data(body.utf8))
        #expect(notify.captureId == captureId)
        #expect(notify.captureRequestId == "C-1")
        #expect(notify.captureAmount == Amount(currency: "SGD", value: "4000"))
        #expect(notify.result == .success)
    }

    @Test("isLastCapture releases the rest of the authorisation")
    func lastCapture() async throws {
        let h = try Harness()
        let paid = try await h.apo.pay(Harness.payRequest(captureMode: "MANUAL"))
        let paymentId = try #require(paid.paymentId)
        let first = try await h.apo.capture(
            CaptureRequest(
                captureRequestId: "C-1", paymentId: paymentId, captureAmount: Amount(currency: "SGD", value: "1000"),
                isLastCapture: true))
        #expect(first.result == .success)
        let more = try await h.apo.capture(
            CaptureRequest(
                captureRequestId: "C-2", paymentId: paymentId, captureAmount: Amount(currency: "SGD", value: "1000")))
        #expect(more.result.resultCode == "ORDER_STATUS_INVALID")
    }

    @Test(
        "capture needs an authorised payment: APM, failed, processing, unknown, wrong currency, expired authorisation")
    func captureRules() async throws {
        let h = try Harness()
        let wallet = try await h.apo.pay(Harness.payRequest(id: "W", methodType: "GRABPAY_SG"))
        _ = try await h.apo.completeRedirect(paymentId: wallet.paymentId ?? "", action: .approve)
        let declined = try await h.apo.pay(Harness.payRequest(id: "D", cardNo: Harness.visaDeclined))
        let processing = try await h.apo.pay(Harness.payRequest(id: "P", threeDS: true))
        let amount = Amount(currency: "SGD", value: "100")
        for (index, id) in [wallet.paymentId, declined.paymentId, processing.paymentId].enumerated() {
            let response = try await h.apo.capture(
                CaptureRequest(captureRequestId: "C-\(index)", paymentId: id, captureAmount: amount))
            #expect(response.result.resultCode == "ORDER_STATUS_INVALID", "\(index)")
            #expect(response.result.resultStatus == .failure)
        }
        let unknown = try await h.apo.capture(
            CaptureRequest(captureRequestId: "C-u", paymentId: "nope", captureAmount: amount))
        #expect(unknown.result.resultCode == "ORDER_NOT_EXIST")
        let missing = try await h.apo.capture(CaptureRequest(paymentId: "nope", captureAmount: amount))
        #expect(missing.result.resultCode == "PARAM_ILLEGAL")

        let manual = try await h.apo.pay(Harness.payRequest(id: "M", captureMode: "MANUAL"))
        let manualId = try #require(manual.paymentId)
        let wrongCurrency = try await h.apo.capture(
            CaptureRequest(
                captureRequestId: "C-c", paymentId: manualId, captureAmount: Amount(currency: "USD", value: "100")))
        #expect(wrongCurrency.result.resultCode == "PARAM_ILLEGAL")
        #expect(wrongCurrency.result.resultMessage == "captureAmount.currency (USD) must be the payment currency (SGD).")
        h.advance(minutes: 7 * 24 * 60 + 1)
        let late = try await h.apo.capture(
            CaptureRequest(captureRequestId: "C-l", paymentId: manualId, captureAmount: amount))
        #expect(late.result.resultCode == "ORDER_STATUS_INVALID")
        #expect(late.result.resultMessage?.contains("expired") == true)
    }

    // Seeds 001 and 004: cancel closes an unfinished payment ("cancel the first payment order before initiating a new
    // payment").
    @Test("cancel: a PROCESSING payment or an uncaptured authorisation becomes CANCELLED")
    func cancelAllowed() async throws {
        let h = try Harness()
        let processing = try await h.apo.pay(Harness.payRequest(id: "P", threeDS: true))
        let cancelled = try await h.apo.cancel(CancelRequest(paymentRequestId: "P"))
        #expect(cancelled.result == .success)
        #expect(cancelled.paymentId == processing.paymentId)
        #expect(cancelled.cancelTime == "2026-01-01T00:00:00+00:00")
        let inquiry = try await h.inquire(paymentRequestId: "P")
        #expect(inquiry.paymentStatus == "CANCELLED")
        #expect(steps(inquiry).last == "CANCEL SUCCESS")
        let late = try await h.apo.completeChallenge(paymentId: processing.paymentId ?? "", outcome: .pass)
        #expect(late.status == .failure, "a cancelled payment cannot be completed")

        let manual = try await h.apo.pay(Harness.payRequest(id: "M", captureMode: "MANUAL"))
        h.advance(minutes: 1)
        let voided = try await h.apo.cancel(CancelRequest(paymentId: manual.paymentId))
        #expect(voided.result == .success)
        let again = try await h.apo.cancel(CancelRequest(paymentId: manual.paymentId))
        #expect(again.result == .success)
        #expect(again.cancelTime == voided.cancelTime, "a repeated cancel answers the first cancellation")
        let capture = try await h.apo.capture(
            CaptureRequest(
                captureRequestId: "C", paymentId: manual.paymentId, captureAmount: Amount(currency: "SGD", value: "1")))
        #expect(capture.result.resultCode == "ORDER_STATUS_INVALID")
    }

    @Test("cancel: captured or failed payments cannot be cancelled; unknown → ORDER_NOT_EXIST (paid APMs: CancelWindowTests)")
    func cancelRefused() async throws {
        let h = try Harness()
        let captured = try await h.apo.pay(Harness.payRequest(id: "A"))
        let declined = try await h.apo.pay(Harness.payRequest(id: "D", cardNo: Harness.visaDeclined))
        for id in [captured.paymentId, declined.paymentId] {
            let response = try await h.apo.cancel(CancelRequest(paymentId: id))
            #expect(response.result.resultCode == "ORDER_STATUS_INVALID")
            #expect(response.result.resultStatus == .failure)
        }
        #expect(try await h.inquire(paymentId: captured.paymentId).paymentStatus == "SUCCESS")
        #expect(try await h.apo.cancel(CancelRequest(paymentId: "nope")).result.resultCode == "ORDER_NOT_EXIST")
        #expect(try await h.apo.cancel(CancelRequest()).result.resultCode == "PARAM_ILLEGAL")
    }

    @Test("refund: only captured or successful payments, in total at most what was captured")
    func refunds() async throws {
        let h = try Harness()
        let paid = try await h.apo.pay(Harness.payRequest(id: "A"))
        let paymentId = try #require(paid.paymentId)
        let amount = { (value: String) in Amount(currency: "SGD", value: value) }
        let first = try await h.apo.refund(
            RefundRequest(refundRequestId: "R-1", paymentId: paymentId, refundAmount: amount("4000")))
        #expect(first.result == .success)
        #expect(first.refundId != nil)
        #expect(first.refundTime == "2026-01-01T00:00:00+00:00")
        #expect(first.refundAmount == amount("4000"))
        let tooMuch = try await h.apo.refund(
            RefundRequest(refundRequestId: "R-2", paymentId: paymentId, refundAmount: amount("2001")))
        #expect(tooMuch.result.resultCode == "REFUND_AMOUNT_EXCEED")
        let wrongCurrency = try await h.apo.refund(
            RefundRequest(refundRequestId: "R-c", paymentId: paymentId, refundAmount: Amount(currency: "USD", value: "1")))
        #expect(wrongCurrency.result.resultCode == "PARAM_ILLEGAL")
        #expect(wrongCurrency.result.resultMessage == "refundAmount.currency (USD) must be the payment currency (SGD).")
        let rest = try await h.apo.refund(
            RefundRequest(refundRequestId: "R-3", paymentId: paymentId, refundAmount: amount("2000")))
        #expect(rest.result == .success)
        let inquiry = try await h.inquire(paymentId: paymentId)
        #expect(inquiry.paymentStatus == "SUCCESS")
        #expect(steps(inquiry) == ["AUTHORIZATION SUCCESS", "CAPTURE SUCCESS", "REFUND SUCCESS", "REFUND SUCCESS"])
        #expect(inquiry.transactions?.dropFirst(2).first?.transactionId == first.refundId)

        let manual = try await h.apo.pay(Harness.payRequest(id: "M", captureMode: "MANUAL"))
        let uncaptured = try await h.apo.refund(
            RefundRequest(refundRequestId: "R-4", paymentId: manual.paymentId, refundAmount: amount("1")))
        #expect(uncaptured.result.resultCode == "ORDER_STATUS_INVALID")
        _ = try await h.apo.capture(
            CaptureRequest(captureRequestId: "C", paymentId: manual.paymentId, captureAmount: amount("1000")))
        let overCaptured = try await h.apo.refund(
            RefundRequest(refundRequestId: "R-5", paymentId: manual.paymentId, refundAmount: amount("1001")))
        #expect(overCaptured.result.resultCode == "REFUND_AMOUNT_EXCEED", "only the captured part can be refunded")

        let declined = try await h.apo.pay(Harness.payRequest(id: "D", cardNo: Harness.visaDeclined))
        let failedRefund = try await h.apo.refund(
            RefundRequest(refundRequestId: "R-6", paymentId: declined.paymentId, refundAmount: amount("1")))
        #expect(failedRefund.result.resultCode == "ORDER_STATUS_INVALID")
        let unknown = try await h.apo.refund(
            RefundRequest(refundRequestId: "R-7", paymentId: "nope", refundAmount: amount("1")))
        #expect(unknown.result.resultCode == "ORDER_NOT_EXIST")

        let wallet = try await h.apo.pay(Harness.payRequest(id: "W", methodType: "GRABPAY_SG"))
        _ = try await h.apo.completeRedirect(paymentId: wallet.paymentId ?? "", action: .approve)
        let walletRefund = try await h.apo.refund(
            RefundRequest(refundRequestId: "R-8", paymentId: wallet.paymentId, refundAmount: amount("6000")))
        #expect(walletRefund.result == .success, "a method without capture refunds what was paid")
    }
}
