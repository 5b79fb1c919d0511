import Foundation
import Testing

@testable import CheckoutDomain

@Suite("MockAPO: idempotency")
struct IdempotencyTests {
    @Test("createPaymentSession: same body → the same answer bytes; another body → REPEAT_REQ_INCONSISTENT")
    func sessions() async throws {
        let h = try Harness()
        let first = try await h.apo.createPaymentSession(Harness.sessionRequest(id: "S-1"))
        h.advance(minutes: 5)
        let again = try await h.apo.createPaymentSession(Harness.sessionRequest(id: "S-1"))
        #expect(WireCoding.encode(first) == WireCoding.encode(again))
        let different = try await h.apo.createPaymentSession(Harness.sessionRequest(id: "S-1", value: "7000"))
        #expect(different.result == APOResult.failure("REPEAT_REQ_INCONSISTENT", "Repeated requests are inconsistent."))
        #expect(different.paymentSessionId == nil)
        let sessions = h.store.allRecords().filter { $0.kind == .session }
        #expect(sessions.count == 1)
    }

    @Test("createPaymentSession without card data: the digest is left to the session record, and made when a repeat comes")
    func sessionDigestFromSessionRecord() async throws {
        let h = try Harness()
        _ = try await h.apo.createPaymentSession(Harness.sessionRequest(id: "S-2"))
        let records = h.store.allRecords().compactMap { record -> IdempotencyRecord? in
            if case .idempotency(let value) = record { value } else { nil }
        }
        #expect(records.map(\.requestDigest) == [nil])
        #expect(await h.apo.state.idempotencyDigests["createPaymentSession:S-2"] == .inSessionRecord)
        let different = try await h.apo.createPaymentSession(Harness.sessionRequest(id: "S-2", value: "7000"))
        #expect(different.result.resultCode == "REPEAT_REQ_INCONSISTENT")
        let same = try await h.apo.createPaymentSession(Harness.sessionRequest(id: "S-2"))
        #expect(same.result == .success)
    }

    @Test("the comparison is of the decoded request: key order and spacing in the JSON do not matter")
    func canonicalComparison() async throws {
        let h = try Harness()
        let one =
            #"{"productCode":"CASHIER_PAYMENT","productScene":"CHECKOUT_PAYMENT","paymentRequestId":"S-9","paymentAmount":{"currency":"SGD","value":"100"},"order":{"referenceOrderId":"o","orderDescription":"d","orderAmount":{"currency":"SGD","value":"100"}},"paymentRedirectUrl":"https://m.example"}"#
        let two =
            #"{ "paymentRedirectUrl" : "https://m.example", "order":{"orderAmount":{"value":"100","currency":"SGD"},"orderDescription":"d","referenceOrderId":"o"}, "paymentAmount":{"value":"100","currency":"SGD"}, "paymentRequestId":"S-9", "productScene":"CHECKOUT_PAYMENT", "productCode":"CASHIER_PAYMENT" }"#
        let first = try await h.apo.createPaymentSession(
            try WireCoding.decode(CreatePaymentSessionRequest.self, from: Data(one.utf8)))
        let second = try await h.apo.createPaymentSession(
            try WireCoding.decode(CreatePaymentSessionRequest.self, from: Data(two.utf8)))
        #expect(first.result == .success)
        #expect(WireCoding.encode(first) == WireCoding.encode(second))
    }

    @Test("pay: same body → the same bytes, no second payment; another body → REPEAT_REQ_INCONSISTENT")
    func pay() async throws {
        let h = try Harness()
        let first = try await h.apo.pay(Harness.payRequest(id: "P-1"))
        #expect(first.result == .success)
        h.advance(minutes: 1)
        let again = try await h.apo.pay(Harness.payRequest(id: "P-1"))
        #expect(WireCoding.encode(first) == WireCoding.encode(again))
        let otherCvv = try await h.apo.pay(Harness.payRequest(id: "P-1", cvv: "456"))
        #expect(otherCvv.code == "REPEAT_REQ_INCONSISTENT")
        let otherAmount = try await h.apo.pay(Harness.payRequest(id: "P-1", value: "6001"))
        #expect(otherAmount.code == "REPEAT_REQ_INCONSISTENT")
        #expect(h.store.allRecords().filter { $0.kind == .payment }.count == 1)
        let declined = try await h.apo.pay(Harness.payRequest(id: "P-2", cardNo: Harness.visaDeclined))
        let declinedAgain = try await h.apo.pay(Harness.payRequest(id: "P-2", cardNo: Harness.visaDeclined))
        #expect(declined.code == "DO_NOT_HONOR")
        #expect(WireCoding.encode(declined) == WireCoding.encode(declinedAgain))
    }

    @Test("pay: a repeated in-process request answers the payment's current state")
    func payInProcessRepeat() async throws {
        let h = try Harness()
        let first = try await h.apo.pay(Harness.payRequest(id: "P-3", threeDS: true))
        #expect(first.code == "PAYMENT_IN_PROCESS")
        _ = try await h.apo.completeChallenge(paymentId: first.paymentId ?? "", outcome: .pass)
        let again = try await h.apo.pay(Harness.payRequest(id: "P-3", threeDS: true))
        #expect(again.result == .success)
        #expect(again.paymentId == first.paymentId)
    }

    @Test("the idempotency record keeps no card number or CVV, only a digest and the masked request")
    func noCardDataInRecord() async throws {
        let h = try Harness()
        _ = try await h.apo.pay(Harness.payRequest(id: "P-4", cvv: "987"))
        let record = try #require(
            h.store.allRecords().compactMap { record -> IdempotencyRecord? in
                if case .idempotency(let value) = record { value } else { nil }
            }.first)
        #expect(record.requestDigest?.count == 64)
        let canonical = try #require(record.canonicalRequest)
        #expect(!canonical.contains(Harness.visaSuccess))
        #expect(!canonical.contains("987"))
        #expect(canonical.contains("************0768"))
    }

    @Test(
        "createPaymentSession: card data anywhere in a method is masked in the session record, absent from the idempotency record, and still tells bodies apart",
        arguments: [
            ("paymentMethod", false),
            ("savedPaymentMethods[1]", true),
        ])
    func sessionCardData(_ place: String, _ saved: Bool) async throws {
        func request(cvv: String) -> CreatePaymentSessionRequest {
            let card: [String: JSONValue] = ["cardNo": .string(Harness.visaSuccess), "cvv": .string(cvv)]
            var request = Harness.sessionRequest(id: "S-CARD")
            if saved {
                request.savedPaymentMethods = [
                    PaymentMethod(paymentMethodType: "CARD", paymentMethodId: "TOKEN-1"),
                    PaymentMethod(paymentMethodType: "CARD", paymentMethodId: "TOKEN-2", paymentMethodMetaData: card),
                ]
            } else {
                request.paymentMethod = PaymentMethod(paymentMethodType: "CARD", paymentMethodMetaData: card)
            }
            return request
        }
        #expect(!CardRedaction.redact(Harness.sessionRequest(id: "S-CARD")).masked)
        #expect(CardRedaction.redact(request(cvv: "987")).masked, "\(place)")
        let h = try Harness()
        let first = try await h.apo.createPaymentSession(request(cvv: "987"))
        try #require(first.result == .success, "\(place): \(first.result)")
        let kept = h.store.allRecords().filter { $0.kind == .idempotency || $0.kind == .session }
        #expect(kept.count == 2)
        for record in kept {
            let text = String(decoding: record.encoded(), as: UTF8.self)
            #expect(!text.contains(Harness.visaSuccess) && !text.contains("987"), "\(place): \(record.kind)")
            // The session record keeps the masked request; the idempotency record only its digest.
            #expect(text.contains("************0768") == (record.kind == .session), "\(place): \(record.kind)")
            if case .idempotency(let idempotency) = record {
                #expect(idempotency.canonicalRequest == nil)
                // Masked in the session record, so the digest of the request as sent is kept here.
                #expect(idempotency.requestDigest?.count == 64)
            }
        }
        let again = try await h.apo.createPaymentSession(request(cvv: "987"))
        #expect(WireCoding.encode(again) == WireCoding.encode(first), "\(place)")
        let otherCvv = try await h.apo.createPaymentSession(request(cvv: "456"))
        #expect(otherCvv.result.resultCode == "REPEAT_REQ_INCONSISTENT", "\(place)")
    }

    @Test("capture: same captureRequestId and body → same answer, one capture; another body → REPEAT_REQ_INCONSISTENT")
    func capture() async throws {
        let h = try Harness()
        let paid = try await h.apo.pay(Harness.payRequest(id: "P-5", captureMode: "MANUAL"))
        let paymentId = try #require(paid.paymentId)
        let request = CaptureRequest(
            captureRequestId: "C-1", paymentId: paymentId, captureAmount: Amount(currency: "SGD", value: "2000"))
        let first = try await h.apo.capture(request)
        #expect(first.result == .success)
        let again = try await h.apo.capture(request)
        #expect(WireCoding.encode(first) == WireCoding.encode(again))
        var other = request
        other.captureAmount = Amount(currency: "SGD", value: "1000")
        #expect(try await h.apo.capture(other).result.resultCode == "REPEAT_REQ_INCONSISTENT")
        let payment = try #require(await h.apo.payment(paymentId: paymentId))
        #expect(payment.capturedValue == 2000)
    }

    @Test("refund: same refundRequestId and body → same answer, one refund; another body → REPEAT_REQ_INCONSISTENT")
    func refund() async throws {
        let h = try Harness()
        let paid = try await h.apo.pay(Harness.payRequest(id: "P-6"))
        let paymentId = try #require(paid.paymentId)
        let request = RefundRequest(
            refundRequestId: "R-1", paymentId: paymentId, refundAmount: Amount(currency: "SGD", value: "1000"))
        let first = try await h.apo.refund(request)
        #expect(first.result == .success)
        let again = try await h.apo.refund(request)
        #expect(WireCoding.encode(first) == WireCoding.encode(again))
        var other = request
        other.refundReason = "changed my mind"
        #expect(try await h.apo.refund(other).result.resultCode == "REPEAT_REQ_INCONSISTENT")
        let payment = try #require(await h.apo.payment(paymentId: paymentId))
        #expect(payment.refundedValue == 1000)
    }

    @Test("a paymentRequestId is either a session's or a pay request's")
    func namespaces() async throws {
        let h = try Harness()
        _ = try await h.apo.createPaymentSession(Harness.sessionRequest(id: "X-1"))
        #expect(try await h.apo.pay(Harness.payRequest(id: "X-1")).code == "REPEAT_REQ_INCONSISTENT")
        _ = try await h.apo.pay(Harness.payRequest(id: "X-2"))
        #expect(
            try await h.apo.createPaymentSession(Harness.sessionRequest(id: "X-2")).result.resultCode
                == "REPEAT_REQ_INCONSISTENT")
    }
}
