import Foundation
import Testing

@testable import CheckoutDomain

@Suite("MockAPO: inquiryPayment")
struct InquiryTests {
    // Seed 003: "if the buyer does not submit the order, the ORDER_NOT_EXIST error code will be returned".
    @Test("before the buyer submits, the order doesn't exist")
    func beforeSubmit() async throws {
        let h = try Harness()
        _ = try await h.openSession()
        let inquiry = try await h.inquire(paymentRequestId: "REQ-1")
        #expect(inquiry.result == APOResult.failure("ORDER_NOT_EXIST", "The order doesn't exist."))
        #expect(inquiry.paymentStatus == nil)
    }

    @Test("neither id → PARAM_ILLEGAL; an unknown paymentId → ORDER_NOT_EXIST")
    func ids() async throws {
        let h = try Harness()
        #expect(try await h.inquire().result.resultCode == "PARAM_ILLEGAL")
        #expect(try await h.inquire(paymentId: "nope").result.resultCode == "ORDER_NOT_EXIST")
    }

    @Test("paymentId wins over paymentRequestId")
    func paymentIdWins() async throws {
        let h = try Harness()
        let a = try await h.apo.pay(Harness.payRequest(id: "A"))
        _ = try await h.apo.pay(Harness.payRequest(id: "B", cardNo: Harness.visaDeclined))
        let inquiry = try await h.inquire(paymentId: a.paymentId, paymentRequestId: "B")
        #expect(inquiry.paymentRequestId == "A")
        #expect(inquiry.paymentStatus == "SUCCESS")
    }

    // Seeds 000/003: inquiryPayment fields; card data masked as seed 000 shows (cardNo, cardBin, expiry, holder).
    @Test("a successful card payment reads like Antom's: status, codes, amounts, times, masked card, steps")
    func successFields() async throws {
        let h = try Harness()
        let page = try await h.openSession()
        h.advance(minutes: 2)
        let paid = try await h.payByCard(page)
        h.advance(minutes: 5)
        let inquiry = try await h.inquire(paymentRequestId: "REQ-1")
        #expect(inquiry.result == .success)
        #expect(inquiry.paymentStatus == "SUCCESS")
        #expect(inquiry.paymentResultCode == "SUCCESS")
        #expect(inquiry.paymentResultMessage == "success.")
        #expect(inquiry.paymentId == paid.paymentId)
        #expect(inquiry.paymentAmount == Amount(currency: "SGD", value: "6000"))
        #expect(inquiry.actualPaymentAmount == Amount(currency: "SGD", value: "6000"))
        #expect(inquiry.paymentCreateTime == "2026-01-01T00:02:00+00:00")
        #expect(inquiry.paymentTime == "2026-01-01T00:02:00+00:00")
        #expect(inquiry.paymentMethodType == "CARD")
        let info = try #require(inquiry.paymentResultInfo)
        #expect(info.cardNo == "************0768")
        #expect(info.cardBin == "40**69")
        #expect(info.lastFour == "0768")
        #expect(info.expiryMonth == "**" && info.expiryYear == "**")
        #expect(info.cardholderName == "*********")
        #expect(info.funding == "CREDIT")
        #expect(info.cvvResultRaw == "Y")
        #expect(info.networkTransactionId != nil)
        #expect(inquiry.transactions?.map(\.transactionType) == ["AUTHORIZATION", "CAPTURE"])
        #expect(inquiry.transactions?.first?.transactionTime == "2026-01-01T00:02:00+00:00")
    }

    // Seeds 002/004: paymentStatus SUCCESS and FAIL are final, PROCESSING is not.
    @Test("a failed or processing payment has no paymentTime")
    func noPaymentTimeUnlessSuccess() async throws {
        let h = try Harness()
        let declined = try await h.apo.pay(Harness.payRequest(id: "D", cardNo: Harness.visaDeclined))
        let failed = try await h.inquire(paymentId: declined.paymentId)
        #expect(failed.paymentTime == nil)
        #expect(failed.paymentResultInfo?.refusalCodeRaw == "DO_NOT_HONOR")
        #expect(failed.transactions?.first?.transactionStatus == "FAIL")
        let challenge = try await h.apo.pay(Harness.payRequest(id: "P", threeDS: true))
        let processing = try await h.inquire(paymentId: challenge.paymentId)
        #expect(processing.paymentStatus == "PROCESSING")
        #expect(processing.paymentResultCode == "PAYMENT_IN_PROCESS")
        #expect(processing.paymentTime == nil)
        #expect(processing.redirectActionForm?.redirectUrl == challenge.normalUrl)
    }
}

@Suite("MockAPO: inquiryPayment's bytes kept for a server")
struct InquiryAnswerTests {
    /// The bytes a server sends, and those the answer it would render now encodes to.
    static func bytes(_ h: Harness, paymentId: String) async throws -> (sent: Data, fresh: Data) {
        let sent = try await h.apo.inquiryPaymentAnswer(InquiryPaymentRequest(paymentId: paymentId)).body
        let fresh = WireCoding.encode(try await h.inquire(paymentId: paymentId))
        return (sent, fresh)
    }

    @Test("a repeat is the same bytes, and a payment that changed is answered anew: capture, then refund")
    func changedPayment() async throws {
        let h = try Harness()
        let page = try await h.openSession(Harness.sessionRequest(captureMode: "MANUAL"))
        let paymentId = try #require(try await h.payByCard(page).paymentId)
        let authorised = try await Self.bytes(h, paymentId: paymentId)
        #expect(authorised.sent == authorised.fresh)
        #expect(try await Self.bytes(h, paymentId: paymentId).sent == authorised.sent)

        h.advance(minutes: 30)
        let captured = try await h.apo.capture(
            CaptureRequest(
                captureRequestId: "C-1", paymentId: paymentId, captureAmount: Amount(currency: "SGD", value: "6000")))
        #expect(captured.result == .success)
        let afterCapture = try await Self.bytes(h, paymentId: paymentId)
        #expect(afterCapture.sent == afterCapture.fresh)
        #expect(afterCapture.sent != authorised.sent)
        #expect(String(decoding: afterCapture.sent, as: UTF8.self).contains(#""transactionRequestId":"C-1""#))

        let refund = try await h.apo.refund(
            RefundRequest(refundRequestId: "R-1", paymentId: paymentId, refundAmount: Amount(currency: "SGD", value: "100")))
        #expect(refund.result == .success)
        let afterRefund = try await Self.bytes(h, paymentId: paymentId)
        #expect(afterRefund.sent == afterRefund.fresh)
        #expect(afterRefund.sent != afterCapture.sent)
    }

    @Test("by paymentRequestId, the latest attempt's answer; past the limit every payment is still answered right")
    func limit() async throws {
        let config = MockAPOConfig(
            baseURL: "http://127.0.0.1:8480", clientId: "SANDBOX_TEST", region: "SG", paymentsKeptInMemory: 2)
        let h = try Harness(config: config)
        var ids: [String] = []
        for index in 0..<5 {
            let paid = try await h.apo.pay(
                Harness.payRequest(id: "P-\(index)", cardNo: index == 3 ? Harness.visaDeclined : Harness.visaSuccess))
            ids.append(try #require(paid.paymentId))
        }
        for _ in 0..<2 {
            for (index, id) in ids.enumerated() {
                let answer = try await Self.bytes(h, paymentId: id)
                #expect(answer.sent == answer.fresh)
                let byRequestId = try await h.apo.inquiryPaymentAnswer(InquiryPaymentRequest(paymentRequestId: "P-\(index)"))
                #expect(byRequestId.body == answer.sent)
                #expect(byRequestId.response.paymentStatus == (index == 3 ? "FAIL" : "SUCCESS"))
            }
        }
    }
}
