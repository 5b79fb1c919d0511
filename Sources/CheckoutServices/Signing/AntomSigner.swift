import Foundation

/// Antom's signature scheme: SHA256withRSA (PKCS#1 v1.5), standard Base64, then form URL encoding.
///
/// OpenSSL (libcrypto 3) signs and verifies: every answer `serve` gives carries one signature, and OpenSSL is the
/// ceiling's own library (`openssl speed`), up to 2.3 times as fast as swift-crypto's BoringSSL (docs/DECISIONS.md).
public enum AntomSigner {
    /// The library that signs, as it names itself at run time (`OpenSSL 3.0.19 27 Jan 2026`), for figures.
    public static var library: String { RSAKey.libraryVersion }

    /// The value that goes after `signature=` in the `Signature` header.
    ///
    /// PKCS#1 v1.5 is deterministic, so the result is byte-identical to what JAVA `SignatureTool.sign`,
    /// PY `signature_tool.sign` and GO `rsa.SignPKCS1v15` produce for the same key and content.
    public static func sign(_ content: SignedContent, with key: SigningKey) throws(SigningError) -> String {
        FormURLEncoding.encode(try key.rsa.sign(content.bytes).base64EncodedString())
    }

    /// Whether `value` (as found after `signature=`) is a valid signature of `content` by `key`'s owner.
    ///
    /// The form-decoded value is tried first (JAVA `URLDecoder.decode`, PY `unquote_plus`); then the value
    /// as raw Base64, which PHP's `verifySignatureWithSHA256RSA` also accepts from senders that skip URL
    /// encoding (form decoding would turn their `+` into spaces).
    public static func verify(_ content: SignedContent, signature value: String, with key: VerifyingKey) -> Bool {
        let message = content.bytes
        let decoded = FormURLEncoding.decode(value)
        return isValid(base64: decoded, for: message, key: key)
            || (decoded != value && isValid(base64: value, for: message, key: key))
    }

    private static func isValid(base64: String, for message: Data, key: VerifyingKey) -> Bool {
        guard let bytes = Data(base64Encoded: base64) else { return false }
        return key.rsa.verify(bytes, for: message)
    }
}
