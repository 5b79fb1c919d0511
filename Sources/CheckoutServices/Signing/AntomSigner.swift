import Crypto
import Foundation
import _CryptoExtras

/// Antom's signature scheme: SHA256withRSA (PKCS#1 v1.5), standard Base64, then form URL encoding.
public enum AntomSigner {
    /// The value that goes after `signature=` in the `Signature` header.
    ///
    /// PKCS#1 v1.5 is deterministic, so the result is byte-identical to what JAVA `SignatureTool.sign`,
    /// PY `signature_tool.sign` and GO `rsa.SignPKCS1v15` produce for the same key and content.
    public static func sign(_ content: SignedContent, with key: SigningKey) throws(SigningError) -> String {
        let signature: _RSA.Signing.RSASignature
        do {
            signature = try key.rsa.signature(for: SHA256.hash(data: content.bytes), padding: .insecurePKCS1v1_5)
        } catch {
            throw .signingFailed(reason: "\(error)")
        }
        return FormURLEncoding.encode(signature.rawRepresentation.base64EncodedString())
    }

    /// Whether `value` (as found after `signature=`) is a valid signature of `content` by `key`'s owner.
    ///
    /// The form-decoded value is tried first (JAVA `URLDecoder.decode`, PY `unquote_plus`); then the value
    /// as raw Base64, which PHP's `verifySignatureWithSHA256RSA` also accepts from senders that skip URL
    /// encoding (form decoding would turn their `+` into spaces).
    public static func verify(_ content: SignedContent, signature value: String, with key: VerifyingKey) -> Bool {
        let digest = SHA256.hash(data: content.bytes)
        let decoded = FormURLEncoding.decode(value)
        return isValid(base64: decoded, for: digest, key: key)
            || (decoded != value && isValid(base64: value, for: digest, key: key))
    }

    private static func isValid(base64: String, for digest: SHA256.Digest, key: VerifyingKey) -> Bool {
        guard let bytes = Data(base64Encoded: base64) else { return false }
        let signature = _RSA.Signing.RSASignature(rawRepresentation: bytes)
        return key.rsa.isValidSignature(signature, for: digest, padding: .insecurePKCS1v1_5)
    }
}
