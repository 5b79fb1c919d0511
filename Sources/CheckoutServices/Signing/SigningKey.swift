import Foundation

/// An RSA private key of at least 2048 bits that signs Antom messages (the merchant's or the APO's).
public struct SigningKey: Sendable {
    /// Parsed once; every signature made with this key shares it.
    let rsa: RSAKey

    /// Reads PEM (`PRIVATE KEY` PKCS#8 or `RSA PRIVATE KEY` PKCS#1) or the bare Base64 body the
    /// Antom dashboard shows (PKCS#8 DER, as JAVA's `PKCS8EncodedKeySpec` expects, or PKCS#1 DER).
    public init(pemOrBase64 text: String) throws(KeyLoadError) {
        rsa = try RSAKeyDecoding.privateKey(from: KeyText(text))
    }

    /// Reads a key file; errors name the file and what is wrong with it.
    public init(contentsOf file: URL) throws(KeyFileError) {
        let text = try KeyFileReader.text(of: file)
        do {
            try self.init(pemOrBase64: text)
        } catch {
            throw .invalidKey(path: file.path, error)
        }
    }

    /// The matching public key, which peers use to verify this key's signatures.
    /// OpenSSL verifies with the private key's public half, so the same parsed key serves.
    public var verifyingKey: VerifyingKey {
        VerifyingKey(rsa)
    }

    public var keySizeInBits: Int {
        rsa.sizeInBits
    }
}
