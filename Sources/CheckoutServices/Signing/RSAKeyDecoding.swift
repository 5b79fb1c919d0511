import Crypto
import Foundation
import _CryptoExtras

/// Turns `KeyText` into swift-crypto RSA keys, telling a wrong kind of key apart from a broken one.
enum RSAKeyDecoding {
    /// DOCS api_fund: RSA256 "key length must be 2048 bits"; Antom's sandbox keys are 2048-bit.
    static let minimumKeySize = 2048

    static func privateKey(from text: KeyText) throws(KeyLoadError) -> _RSA.Signing.PrivateKey {
        switch text.pemLabel {
        case "PRIVATE KEY", "RSA PRIVATE KEY":
            // PY and PHP wrap the dashboard's PKCS#8 body in RSA PRIVATE KEY markers, so the label does not
            // decide the DER format; swift-crypto tries PKCS#8 first, then PKCS#1, whatever the label says.
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

    static func publicKey(from text: KeyText) throws(KeyLoadError) -> _RSA.Signing.PublicKey {
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
            } catch .malformedKey where (try? _RSA.Signing.PrivateKey(unsafeDERRepresentation: text.der)) != nil {
                throw .wrongKind(expected: .publicKey, found: .privateKey)
            }
        }
    }

    /// Reads with swift-crypto's 1024-bit floor so a 1024..<2048-bit key is reported with its size
    /// instead of the generic parameter-size error the 2048-bit initialisers throw.
    private static func privateKey(der: Data) throws(KeyLoadError) -> _RSA.Signing.PrivateKey {
        let key: _RSA.Signing.PrivateKey
        do {
            key = try _RSA.Signing.PrivateKey(unsafeDERRepresentation: der)
        } catch CryptoKitError.incorrectParameterSize {
            throw .keyTooSmall(bits: nil)
        } catch {
            throw .malformedKey(expected: .privateKey)
        }
        guard key.keySizeInBits >= minimumKeySize else {
            throw .keyTooSmall(bits: key.keySizeInBits)
        }
        return key
    }

    /// Builds the key from its modulus and exponent; see `RSAPublicKeyDER` for why not from the DER.
    private static func publicKey(der: Data) throws(KeyLoadError) -> _RSA.Signing.PublicKey {
        guard let parts = RSAPublicKeyDER(der) else {
            throw .malformedKey(expected: .publicKey)
        }
        let key: _RSA.Signing.PublicKey
        do {
            key = try _RSA.Signing.PublicKey(n: parts.modulus, e: parts.exponent)
        } catch {
            throw .malformedKey(expected: .publicKey)
        }
        guard key.keySizeInBits >= minimumKeySize else {
            throw .keyTooSmall(bits: key.keySizeInBits)
        }
        return key
    }
}
