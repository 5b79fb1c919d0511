import Foundation

/// Why key text could not be turned into an RSA key; never carries any of the key material.
public enum KeyLoadError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The text is neither a PEM block nor bare Base64.
    case notPEMOrBase64
    /// A `-----BEGIN …-----` line was found but the block around it is broken.
    case malformedPEM(reason: String)
    /// The PEM label names something that is not an RSA key of the expected kind (e.g. `CERTIFICATE`).
    case unsupportedPEMLabel(String)
    /// The key is password-protected; the SDKs only take unencrypted keys.
    case encryptedPrivateKey
    /// A public key was given where a private key is needed, or the other way round.
    case wrongKind(expected: KeyKind, found: KeyKind)
    /// The decoded bytes are not an RSA key of the expected kind.
    case malformedKey(expected: KeyKind)
    /// The modulus is below 2048 bits; `bits` is `nil` for a private key below 1024 bits (as swift-crypto, which
    /// read keys before OpenSSL, reported it).
    case keyTooSmall(bits: Int?)

    public var description: String {
        switch self {
        case .notPEMOrBase64:
            "is neither a PEM block (-----BEGIN …-----) nor bare Base64"
        case .malformedPEM(let reason):
            "is a malformed PEM block: \(reason)"
        case .unsupportedPEMLabel(let label):
            "is a PEM \"\(label)\" block, not an RSA key (expected PRIVATE KEY, RSA PRIVATE KEY or PUBLIC KEY)"
        case .encryptedPrivateKey:
            "is an encrypted private key; export it without a passphrase"
        case .wrongKind(let expected, let found):
            "is a \(found), but a \(expected) is needed here"
        case .malformedKey(.privateKey):
            "does not contain a valid RSA private key (PKCS#8 or PKCS#1 DER)"
        case .malformedKey(.publicKey):
            "does not contain a valid RSA public key (X.509 SubjectPublicKeyInfo DER)"
        case .keyTooSmall(let bits?):
            "is a \(bits)-bit RSA key; Antom requires at least 2048 bits"
        case .keyTooSmall(nil):
            "is an RSA key smaller than 1024 bits; Antom requires at least 2048 bits"
        }
    }

    public var errorDescription: String? { "key " + description }
}
