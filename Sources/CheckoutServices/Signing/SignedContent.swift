import Foundation

/// The exact bytes Antom signs: `<METHOD> <path>\n<client-id>.<time>.<body>`.
///
/// All five official SDKs build this string the same way (JAVA `SignatureTool.genSignContent`,
/// PY `gen_sign_content`, GO `genSignContent`, PHP `genSignContent`, NET `SignatureUtil`): one space,
/// one LF, literal dots, no trailing newline. Nothing is normalised, because the peer signs the bytes
/// it actually sent and a single changed byte breaks the signature.
public struct SignedContent: Sendable, Hashable {
    /// The HTTP method as sent, e.g. `POST`.
    public let method: String
    /// The URI path with its query string, without the host; the sandbox form when sandboxed.
    public let path: String
    /// The `Client-Id` the message is signed for.
    public let clientId: String
    /// The `Request-Time` (requests, webhooks) or `Response-Time` (responses) header value.
    public let time: RequestTime
    /// The body exactly as sent on the wire.
    public let body: Data

    /// Describes one message; `time` is kept byte-for-byte as it appears in the header.
    public init(method: String, path: String, clientId: String, time: RequestTime, body: Data) {
        self.method = method
        self.path = path
        self.clientId = clientId
        self.time = time
        self.body = body
    }

    /// The string to sign, as UTF-8 bytes followed by the raw body bytes.
    public var bytes: Data {
        var bytes = Data("\(method) \(path)\n\(clientId).\(time.text).".utf8)
        bytes.append(body)
        return bytes
    }
}
