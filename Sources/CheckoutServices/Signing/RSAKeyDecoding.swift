import COpenSSL
import Foundation

/// Turns `KeyText` into OpenSSL RSA keys, telling a wrong kind of key apart from a broken one.
enum RSAKeyDecoding {
    /// DOCS api_fund: RSA256 "key length must be 2048 bits"; Antom's sandbox keys are 2048-bit.
    static let minimumKeySize = 2048
    /// Below this a private key is reported without its size, as swift-crypto (which read keys before OpenSSL,
    /// docs/DECISIONS.md) reported it: `KeyLoadError.keyTooSmall(bits: nil)`.
    static let smallestSizeReported = 1024

    static func privateKey(from text: KeyText) throws(KeyLoadError) -> RSAKey {
        switch text.pemLabel {
        case "PRIVATE KEY", "RSA PRIVATE KEY":
            // PY and PHP wrap the dashboard's PKCS#8 body in RSA PRIVATE KEY markers, so the label does not
            // decide the DER format: PKCS#8 and PKCS#1 are both read, whatever the label says.
            return try privateKey(der: text.der)
        case "PUBLIC KEY", "RSA PUBLIC KEY":
            throw .wrongKind(expected: .privateKey, found: .publicKey)
        case "ENCRYPTED PRIVATE KEY":
            throw .encryptedPrivateKey
        case let label?:
            throw .unsupportedPEMLabel(label)
        case nil:
            do {
                return try privateKey(der: text.der)
            } catch .malformedKey where RSAPublicKeyDER(text.der) != nil {
                throw .wrongKind(expected: .privateKey, found: .publicKey)
            }
        }
    }

    static func publicKey(from text: KeyText) throws(KeyLoadError) -> RSAKey {
        switch text.pemLabel {
        case "PUBLIC KEY", "RSA PUBLIC KEY":
            // PKCS#1 public keys are read as well as the SPKI the SDKs use (`X509EncodedKeySpec`).
            return try publicKey(der: text.der)
        case "PRIVATE KEY", "RSA PRIVATE KEY", "ENCRYPTED PRIVATE KEY":
            throw .wrongKind(expected: .publicKey, found: .privateKey)
        case let label?:
            throw .unsupportedPEMLabel(label)
        case nil:
            do {
                return try publicKey(der: text.der)
            } catch .malformedKey where parsedPrivateKey(text.der) != nil {
                throw .wrongKind(expected: .publicKey, found: .privateKey)
            }
        }
    }

    private static func privateKey(der: Data) throws(KeyLoadError) -> RSAKey {
        guard let key = parsedPrivateKey(der) else { throw .malformedKey(expected: .privateKey) }
        guard key.sizeInBits >= minimumKeySize else {
            throw .keyTooSmall(bits: key.sizeInBits >= smallestSizeReported ? key.sizeInBits : nil)
        }
        return key
    }

    /// PKCS#8 or PKCS#1 DER holding an RSA private key, nothing after it.
    private static func parsedPrivateKey(_ der: Data) -> RSAKey? {
        der.withUnsafeBytes { bytes in
            cos_rsa_private_key(bytes.bindMemory(to: UInt8.self).baseAddress, bytes.count)
        }.map(RSAKey.init(owning:))
    }

    /// Builds the key from the modulus and exponent `RSAPublicKeyDER` read, so that exactly the DER it accepts
    /// is accepted.
    private static func publicKey(der: Data) throws(KeyLoadError) -> RSAKey {
        guard let parts = RSAPublicKeyDER(der), parts.isUsable else {
            throw .malformedKey(expected: .publicKey)
        }
        let pointer = parts.modulus.withUnsafeBufferPointer { n in
            parts.exponent.withUnsafeBufferPointer { e in
                cos_rsa_public_key(n.baseAddress, n.count, e.baseAddress, e.count)
            }
        }
        guard let pointer else { throw .malformedKey(expected: .publicKey) }
        let key = RSAKey(owning: pointer)
        guard key.sizeInBits >= minimumKeySize else {
            throw .keyTooSmall(bits: key.sizeInBits)
        }
        return key
    }
}
