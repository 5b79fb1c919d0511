import CheckoutServices
import Foundation
import Testing

/// Whole-message signing and verification as the HTTP client, server and webhook sender use it.
@Suite struct SignedRequestTests {
    let fixture: SignatureVectors
    let merchantKey: SigningKey
    let apoKey: SigningKey

    init() throws {
        fixture = try SignatureVectors.load()
        merchantKey = try SigningKey(pemOrBase64: fixture.merchantPrivateKeyPkcs8Pem)
        apoKey = try SigningKey(pemOrBase64: fixture.apoPrivateKeyPkcs8Pem)
    }

    private func vector(signer: String) throws -> SignatureVector {
        try #require(fixture.vectors.first { $0.signer == signer })
    }

    private func dictionary(_ headers: [SignedRequest.Header], lowercased: Bool = false) -> [String: String] {
        Dictionary(uniqueKeysWithValues: headers.map { (lowercased ? $0.name.lowercased() : $0.name, $0.value) })
    }

    @Test func signRequestProducesSDKHeaders() throws {
        let vector = try vector(signer: "merchant")
        let headers = try SignedRequest.signRequest(
            method: vector.httpMethod, path: vector.path, clientId: vector.clientId,
            requestTime: RequestTime(vector.requestTime), body: Data(vector.body.utf8), key: merchantKey
        )
        #expect(headers.map(\.name) == ["Content-Type", "Client-Id", "Request-Time", "Signature"])
        #expect(headers.map(\.value) == [
            "application/json; charset=UTF-8", vector.clientId, vector.requestTime, vector.signatureHeader,
        ])
    }

    @Test func verifyRequestAcceptsLowercaseHeaderNames() throws {
        let vector = try vector(signer: "merchant")
        let headers = try SignedRequest.signRequest(
            method: vector.httpMethod, path: vector.path, clientId: vector.clientId,
            requestTime: RequestTime(vector.requestTime), body: Data(vector.body.utf8), key: merchantKey
        )
        let verified = try SignedRequest.verifyRequest(
            method: vector.httpMethod, path: vector.path, headers: dictionary(headers, lowercased: true),
            body: Data(vector.body.utf8), publicKey: merchantKey.verifyingKey
        )
        #expect(verified.clientId == vector.clientId)
        #expect(verified.time.text == vector.requestTime)
    }

    @Test func verifyRequestRejectsTamperedBodyAndWrongKey() throws {
        let headers = dictionary(try SignedRequest.signRequest(
            method: "POST", path: "/ams/api/v1/payments/pay", clientId: "T_1", body: Data("{}".utf8), key: merchantKey
        ))
        #expect(throws: SignatureVerificationError.signatureMismatch) {
            try SignedRequest.verifyRequest(
                method: "POST", path: "/ams/api/v1/payments/pay", headers: headers, body: Data("{ }".utf8),
                publicKey: merchantKey.verifyingKey
            )
        }
        #expect(throws: SignatureVerificationError.signatureMismatch) {
            try SignedRequest.verifyRequest(
                method: "POST", path: "/ams/api/v1/payments/pay", headers: headers, body: Data("{}".utf8),
                publicKey: apoKey.verifyingKey
            )
        }
    }

    @Test func verifyRequestNamesEveryMissingHeader() {
        #expect(throws: SignatureVerificationError.missingHeaders(["Signature", "Client-Id", "Request-Time"])) {
            try SignedRequest.verifyRequest(
                method: "POST", path: "/p", headers: [:], body: Data(), publicKey: merchantKey.verifyingKey
            )
        }
        #expect(throws: SignatureVerificationError.missingHeaders(["Request-Time"])) {
            try SignatureVerificationInput.request(
                method: "POST", path: "/p", headers: ["signature": "signature=abc", "CLIENT-ID": "T_1", "Request-Time": ""],
                body: Data()
            )
        }
    }

    @Test func verifyRequestReportsMalformedSignatureHeader() {
        let headers = ["Signature": "algorithm=RSA256,keyVersion=1", "Client-Id": "T_1", "Request-Time": "1"]
        #expect(throws: SignatureVerificationError.malformedSignatureHeader(.missingSignature)) {
            try SignedRequest.verifyRequest(
                method: "POST", path: "/p", headers: headers, body: Data(), publicKey: merchantKey.verifyingKey
            )
        }
    }

    @Test func responseIsSignedOverTheRequestsMethodAndPath() throws {
        let body = Data(#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}"#.utf8)
        let headers = try SignedRequest.signResponse(
            requestMethod: "POST", requestPath: "/ams/sandbox/api/v1/payments/inquiryPayment",
            clientId: "SANDBOX_5Y0566SG25J004124", responseTime: RequestTime("2024-05-01T12:00:00+00:00"),
            body: body, key: apoKey
        )
        #expect(headers.map(\.name) == ["Client-Id", "Response-Time", "Signature"])
        let expected = SignedContent(
            method: "POST", path: "/ams/sandbox/api/v1/payments/inquiryPayment", clientId: "SANDBOX_5Y0566SG25J004124",
            time: RequestTime("2024-05-01T12:00:00+00:00"), body: body
        )
        let verified = try SignedRequest.verifyResponse(
            requestMethod: "POST", requestPath: "/ams/sandbox/api/v1/payments/inquiryPayment",
            clientId: "SANDBOX_5Y0566SG25J004124", headers: dictionary(headers), body: body,
            publicKey: apoKey.verifyingKey
        )
        #expect(verified == expected)
        #expect(throws: SignatureVerificationError.signatureMismatch) {
            try SignedRequest.verifyResponse(
                requestMethod: "POST", requestPath: "/ams/sandbox/api/v1/payments/pay",
                clientId: "SANDBOX_5Y0566SG25J004124", headers: dictionary(headers), body: body,
                publicKey: apoKey.verifyingKey
            )
        }
    }

    @Test func verifyResponseNamesMissingResponseTime() {
        #expect(throws: SignatureVerificationError.missingHeaders(["Response-Time"])) {
            try SignedRequest.verifyResponse(
                requestMethod: "POST", requestPath: "/p", clientId: "T_1",
                headers: ["signature": "algorithm=RSA256,keyVersion=1,signature=abc", "Request-Time": "1"],
                body: Data(), publicKey: apoKey.verifyingKey
            )
        }
    }

    @Test func webhookVectorVerifiesWithSpacedHeader() throws {
        let vector = try vector(signer: "apo")
        let spaced = vector.signatureHeader.replacingOccurrences(of: ",", with: ", ")
        let headers = ["signature": spaced, "client-id": vector.clientId, "request-time": vector.requestTime]
        let verified = try SignedRequest.verifyWebhook(
            notifyPath: vector.path, headers: headers, body: Data(vector.body.utf8), publicKey: apoKey.verifyingKey
        )
        #expect(verified.method == "POST")
        #expect(throws: SignatureVerificationError.signatureMismatch) {
            try SignedRequest.verifyWebhook(
                notifyPath: vector.path, headers: headers, body: Data(vector.body.utf8),
                publicKey: merchantKey.verifyingKey
            )
        }
    }

    @Test func sandboxPathRewritesFirstAMSAPIOnly() {
        #expect(AntomPath.sandboxed("/ams/api/v1/payments/inquiryPayment", clientId: "SANDBOX_5Y0566SG25J004124")
            == "/ams/sandbox/api/v1/payments/inquiryPayment")
        #expect(AntomPath.sandboxed("/ams/api/v1/ams/api", clientId: "SANDBOX_1") == "/ams/sandbox/api/v1/ams/api")
        #expect(AntomPath.sandboxed("/ams/api/v1/payments/pay", clientId: "T_111222333") == "/ams/api/v1/payments/pay")
        #expect(AntomPath.sandboxed("/payments/receiveNotify", clientId: "SANDBOX_1") == "/payments/receiveNotify")
    }
}
