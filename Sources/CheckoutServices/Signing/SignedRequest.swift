import Foundation

/// Signs and verifies whole Antom messages: the helpers the HTTP client, server and webhook sender use.
public enum SignedRequest {
    /// One HTTP header, in the order the helpers produce them.
    public typealias Header = (name: String, value: String)

    /// JAVA, GO and NET send exactly this content type.
    public static let contentType = "application/json; charset=UTF-8"

    /// Headers for a request (or a notification the APO sends) whose body is exactly `body`.
    /// `path` must already be the path that is sent, i.e. passed through `AntomPath.sandboxed`.
    public static func signRequest(
        method: String,
        path: String,
        clientId: String,
        requestTime: RequestTime = .now(),
        body: Data,
        key: SigningKey,
        keyVersion: String = "1"
    ) throws(SigningError) -> [Header] {
        let content = SignedContent(method: method, path: path, clientId: clientId, time: requestTime, body: body)
        let signature = SignatureHeader(signature: try AntomSigner.sign(content, with: key), keyVersion: keyVersion)
        return [
            (AntomHeaderName.contentType, contentType),
            (AntomHeaderName.clientId, clientId),
            (AntomHeaderName.requestTime, requestTime.text),
            (AntomHeaderName.signature, signature.value),
        ]
    }

    /// Headers for the APO's response to a request, signed over the request's method and path.
    public static func signResponse(
        requestMethod: String,
        requestPath: String,
        clientId: String,
        responseTime: RequestTime = .now(),
        body: Data,
        key: SigningKey,
        keyVersion: String = "1"
    ) throws(SigningError) -> [Header] {
        let content = SignedContent(
            method: requestMethod, path: requestPath, clientId: clientId, time: responseTime, body: body
        )
        let signature = SignatureHeader(signature: try AntomSigner.sign(content, with: key), keyVersion: keyVersion)
        return [
            (AntomHeaderName.clientId, clientId),
            (AntomHeaderName.responseTime, responseTime.text),
            (AntomHeaderName.signature, signature.value),
        ]
    }

    /// Checks a received request; returns what was verified (client id, request time) for further checks.
    @discardableResult
    public static func verifyRequest(
        method: String,
        path: String,
        headers: [String: String],
        body: Data,
        publicKey: VerifyingKey
    ) throws(SignatureVerificationError) -> SignedContent {
        try check(.request(method: method, path: path, headers: headers, body: body), publicKey)
    }

    /// Checks a response against the request it answers. Whether an unsigned response may be accepted
    /// (the SDKs allow it only for `resultStatus` F/U) is the caller's decision: this reports it as missing headers.
    @discardableResult
    public static func verifyResponse(
        requestMethod: String,
        requestPath: String,
        clientId: String,
        headers: [String: String],
        body: Data,
        publicKey: VerifyingKey
    ) throws(SignatureVerificationError) -> SignedContent {
        try check(
            .response(
                requestMethod: requestMethod, requestPath: requestPath, clientId: clientId, headers: headers, body: body
            ),
            publicKey
        )
    }

    /// Checks a notification (notifyPayment, notifyCapture…), which Antom POSTs to the merchant's own
    /// notify path (JAVA `WebhookTool.checkSignature`: "your webhook endpoint, domain part excluded").
    @discardableResult
    public static func verifyWebhook(
        notifyPath: String,
        headers: [String: String],
        body: Data,
        publicKey: VerifyingKey
    ) throws(SignatureVerificationError) -> SignedContent {
        try check(.request(method: "POST", path: notifyPath, headers: headers, body: body), publicKey)
    }

    private static func check(
        _ input: SignatureVerificationInput,
        _ key: VerifyingKey
    ) throws(SignatureVerificationError) -> SignedContent {
        guard input.isValid(with: key) else { throw .signatureMismatch }
        return input.content
    }
}
