import Foundation
import Testing

@testable import CheckoutDomain

/// Seed 003 Step 3, capture result table: "F: Indicates that the capture failed. Please contact Antom technical
/// support." A forced `captureFailure` makes the next capture fail so the merchant's handling can be tried.
@Suite("MockAPO: forced capture failure (CAPTURE_RESULT F)")
struct CaptureFailureTests {
    @Test("seed 003: an automatic capture fails, CAPTURE_RESULT F is sent, nothing is taken, a later capture works")
    func automatic() async throws {
        let h = try Harness()
        await h.apo.force([.captureFailure(resultCode: ResultCode.processFail)])
        let paid = try await h.apo.pay(Harness.payRequest(id: "A"))
        #expect(paid.result == .success, "the authorisation itself succeeds")
        let paymentId = try #require(paid.paymentId)
        let capture = try #require(try await h.outbox().last { $0.notifyType == "CAPTURE_RESULT" })
        let body = try WireCoding.decode(NotifyCaptureRequest.self, from: Data(capture.body.utf8))
        #expect(body.result.resultStatus == .failure)
        #expect(body.result.resultCode == "PROCESS_FAIL")
        #expect(body.captureTime == nil)
        let inquiry = try await h.inquire(paymentId: paymentId)
        #expect(inquiry.transactions?.last?.transactionStatus == "FAIL")
        #expect(await h.apo.pendingForcedOutcomes.isEmpty)

        let again = try await h.apo.capture(
            CaptureRequest(
                captureRequestId: "C-2", paymentId: paymentId, captureAmount: Amount(currency: "SGD", value: "6000")))
        #expect(again.result == .success, "the authorisation still holds: \(again.result)")
    }

    @Test("a forced failure waits for a capture: the payment before it is decided as usual; a manual capture answers F")
    func manual() async throws {
        let h = try Harness()
        await h.apo.force([.captureFailure(resultCode: "DO_NOT_HONOR")])
        let paid = try await h.apo.pay(Harness.payRequest(id: "M", captureMode: "MANUAL"))
        #expect(paid.result == .success)
        #expect(await h.apo.pendingForcedOutcomes.count == 1, "MANUAL: nothing captured yet")
        let capture = try await h.apo.capture(
            CaptureRequest(
                captureRequestId: "C-1", paymentId: paid.paymentId, captureAmount: Amount(currency: "SGD", value: "100")))
        #expect(capture.result.resultCode == "DO_NOT_HONOR")
        #expect(capture.result.resultStatus == .failure)
        #expect(try await h.outbox().last?.notifyType == "CAPTURE_RESULT")
    }
}
