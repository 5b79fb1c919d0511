import Foundation

/// An RSA public key of at least 2048 bits that checks Antom signatures.
///
/// A merchant verifies responses and notifications with the APO's (Antom's) public key, never its own:
/// mixing the two up is the most common integration mistake.
public struct VerifyingKey: Sendable {
    /// Parsed once; every verification with this key shares it.
    let rsa: RSAKey

    /// Reads PEM `PUBLIC KEY` (X.509 SubjectPublicKeyInfo) or its bare Base64 body, the form the Antom
    /// dashboard shows and JAVA's `X509EncodedKeySpec` / GO's `ParsePKIXPublicKey` take.
    public init(pemOrBase64 text: String) throws(KeyLoadError) {
        rsa = try RSAKeyDecoding.publicKey(from: KeyText(text))
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

    init(_ rsa: RSAKey) {
        self.rsa = rsa
    }

    public var keySizeInBits: Int {
        rsa.sizeInBits
    }
}
