import CheckoutDomain
import Foundation

/// One notification attempt exactly as the APO posts it: target, signed headers and body text.
///
/// Listed by `GET /sim/v1/notifications` so a merchant's webhook verifier (JAVA `WebhookTool.checkSignature`,
/// PY `check_signature`, reference §1.5) can be tested against what the mock sends.
public struct SignedNotification: Codable, Hashable, Sendable {
    public var id: String
    public var notifyType: String
    public var url: String
    /// The URL's path and query: what the signature covers (reference §1.5: "domain part excluded").
    public var path: String
    public var attempt: Int
    public var paymentId: String?
    public var paymentRequestId: String?
    /// The `client-id` header.
    public var clientId: String
    /// The `request-time` header.
    public var requestTime: String
    /// The `signature` header: `algorithm=RSA256,keyVersion=1,signature=…`.
    public var signature: String
    /// The body, byte for byte as posted and signed.
    public var body: String
    /// Whether the merchant's answer was the exact acknowledgement.
    public var acknowledged: Bool

    /// Signs `notification` with the APO private key over POST, its URL's path, client id, time and body.
    public init(_ notification: OutboundNotification, key: SigningKey, acknowledged: Bool = false)
        throws(SigningError)
    {
        let path = Self.signedPath(of: notification.url)
        let time = RequestTime(date: notification.requestTime, format: .iso8601)
        let headers = try SignedRequest.signRequest(
            method: "POST", path: path, clientId: notification.clientId, requestTime: time, body: notification.body,
            key: key)
        id = notification.id
        notifyType = notification.notifyType
        url = notification.url
        self.path = path
        attempt = notification.attempt
        paymentId = notification.paymentId
        paymentRequestId = notification.paymentRequestId
        clientId = notification.clientId
        requestTime = time.text
        signature = headers.first { $0.name == AntomHeaderName.signature }?.value ?? ""
        body = notification.bodyText
        self.acknowledged = acknowledged
    }

    /// `/payNotify?x=1` from `https://merchant.example/payNotify?x=1`; `/` when the URL has no path.
    static func signedPath(of url: String) -> String {
        guard let components = URLComponents(string: url) else { return url }
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        return components.percentEncodedQuery.map { path + "?" + $0 } ?? path
    }
}
