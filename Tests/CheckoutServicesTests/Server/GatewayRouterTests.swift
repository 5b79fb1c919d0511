import CheckoutDomain
import CheckoutServices
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Antom's six APIs through `SimulatorResponder`, in process: the happy paths, signed both ways.
@Suite struct GatewayRouterTests {
    let fixture: ServerFixture

    init() throws {
        fixture = try ServerFixture()
    }

    @Test("createPaymentSession under the sandbox path: S, with client-id, response-time and signature in lower case")
    func createSessionSigned() async throws {
        let path = "/ams/sandbox/api/v1/payments/createPaymentSession"
        try await fixture.application().test(.router) { client in
            let reply = try await client.call(.createPaymentSession, ServerFixture.sessionRequest(id: "S-1"), fixture: fixture)
            #expect(reply.status == .ok)
            #expect(reply.result == .success)
            let names = Set(reply.headers.map(\.name.rawName))
            #expect(names.isSuperset(of: ["client-id", "response-time", "signature"]))
            #expect(reply.headers[.contentType] == "application/json; charset=UTF-8")
            #expect(reply.headers[HTTPField.Name("client-id")!] == ServerFixture.clientId)
            try reply.verifySignature(path: path, key: fixture.apoPublicKey)
            let response = try reply.decode(CreatePaymentSessionResponse.self)
            #expect(response.normalUrl?.hasPrefix("http://127.0.0.1:8480/checkout-page/pages/payment/index.html?sessionData=") == true)
        }
    }

    @Test("the production path is served too, and the answer is signed over it")
    func productionPath() async throws {
        try await fixture.application().test(.router) { client in
            let reply = try await client.call(
                .createPaymentSession, ServerFixture.sessionRequest(id: "S-2"), fixture: fixture, sandbox: false)
            #expect(reply.result == .success)
            try reply.verifySignature(path: APOEndpoint.createPaymentSession.path, key: fixture.apoPublicKey)
        }
    }

    @Test("a signature made with the merchant's own key does not verify the answer (the APO key is needed)")
    func answerNotVerifiableWithMerchantKey() async throws {
        try await fixture.application().test(.router) { client in
            let reply = try await client.call(.createPaymentSession, ServerFixture.sessionRequest(id: "S-3"), fixture: fixture)
            #expect(throws: SignatureVerificationError.signatureMismatch) {
                try reply.verifySignature(
                    path: "/ams/sandbox/api/v1/payments/createPaymentSession", key: fixture.merchantKey.verifyingKey)
            }
        }
    }

    @Test("pay (MANUAL) → inquiryPayment → capture → refund, then a second pay → cancel: every answer S and signed")
    func everyEndpoint() async throws {
        try await fixture.application().test(.router) { client in
            let paid = try await client.call(.pay, ServerFixture.payRequest(id: "P-1", captureMode: "MANUAL"), fixture: fixture)
            #expect(paid.result == .success)
            try paid.verifySignature(path: "/ams/sandbox/api/v1/payments/pay", key: fixture.apoPublicKey)
            let paymentId = try #require(try paid.decode(PayResponse.self).paymentId)

            let inquiry = try await client.call(
                .inquiryPayment, InquiryPaymentRequest(paymentRequestId: "P-1"), fixture: fixture)
            #expect(try inquiry.decode(InquiryPaymentResponse.self).paymentStatus == "SUCCESS")
            try inquiry.verifySignature(path: "/ams/sandbox/api/v1/payments/inquiryPayment", key: fixture.apoPublicKey)

            let amount = Amount(currency: "SGD", value: "6000")
            let capture = try await client.call(
                .capture, CaptureRequest(captureRequestId: "C-1", paymentId: paymentId, captureAmount: amount),
                fixture: fixture)
            #expect(capture.result == .success, "\(capture.text)")
            try capture.verifySignature(path: "/ams/sandbox/api/v1/payments/capture", key: fixture.apoPublicKey)

            let refund = try await client.call(
                .refund, RefundRequest(refundRequestId: "R-1", paymentId: paymentId, refundAmount: amount),
                fixture: fixture)
            #expect(refund.result == .success, "\(refund.text)")
            try refund.verifySignature(path: "/ams/sandbox/api/v1/payments/refund", key: fixture.apoPublicKey)

            let second = try await client.call(.pay, ServerFixture.payRequest(id: "P-2", captureMode: "MANUAL"), fixture: fixture)
            let secondId = try #require(try second.decode(PayResponse.self).paymentId)
            let cancel = try await client.call(.cancel, CancelRequest(paymentId: secondId), fixture: fixture)
            #expect(cancel.result == .success, "\(cancel.text)")
            try cancel.verifySignature(path: "/ams/sandbox/api/v1/payments/cancel", key: fixture.apoPublicKey)
        }
    }

    @Test("an absolute-form target (what the PY SDK sends through http.client) is routed and signed by its path")
    func absoluteFormTarget() async throws {
        let path = "/ams/sandbox/api/v1/payments/createPaymentSession"
        let body = WireCoding.encode(ServerFixture.sessionRequest(id: "S-4"))
        try await fixture.application().test(.router) { client in
            let reply = try await client.execute(
                uri: "http://127.0.0.1:8480" + path, method: .post,
                headers: try fixture.signedHeaders(path: path, body: body), body: ByteBuffer(bytes: body)
            ) { GatewayReply($0) }
            #expect(reply.result == .success)
            try reply.verifySignature(path: path, key: fixture.apoPublicKey)
        }
    }

    @Test("request-time in the PY SDK's ISO 8601 form is accepted as well as epoch milliseconds")
    func isoRequestTime() async throws {
        let path = "/ams/sandbox/api/v1/payments/createPaymentSession"
        let body = WireCoding.encode(ServerFixture.sessionRequest(id: "S-5"))
        let headers = try fixture.signedHeaders(path: path, body: body, time: RequestTime("2026-01-01T00:00:00+00:00"))
        try await fixture.application().test(.router) { client in
            let reply = try await client.post(path, body: body, fixture: fixture, headers: headers)
            #expect(reply.result == .success)
        }
    }

    // Seed 001: the request body is signed as sent, "instead of parsing JSON and then assembling".
    @Test("the body's exact bytes are verified: pretty-printed JSON with its own key order is accepted")
    func exactBytes() async throws {
        let path = "/ams/sandbox/api/v1/payments/inquiryPayment"
        let body = Data("{\n   \"paymentRequestId\": \"nothing-here\"\n}".utf8)
        try await fixture.application().test(.router) { client in
            let reply = try await client.post(path, body: body, fixture: fixture)
            #expect(reply.result?.resultCode == ResultCode.orderNotExist)
            try reply.verifySignature(path: path, key: fixture.apoPublicKey)
        }
    }

    @Test("the log has one line per request with ids, result and ms, and never a card number")
    func logsWithoutCardNumbers() async throws {
        try await fixture.application().test(.router) { client in
            _ = try await client.call(.pay, ServerFixture.payRequest(id: "P-LOG"), fixture: fixture)
        }
        let line = try #require(fixture.logs.all.first { $0.contains("/ams/sandbox/api/v1/payments/pay") })
        #expect(line.contains("paymentRequestId=P-LOG"))
        #expect(line.contains("resultCode=SUCCESS"))
        #expect(line.contains("resultStatus=S"))
        #expect(line.contains("ms="))
        #expect(!fixture.logs.all.joined().contains(ServerFixture.visaSuccess))
    }
}
