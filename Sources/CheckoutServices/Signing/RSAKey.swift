import COpenSSL
import Foundation

/// One RSA key held by OpenSSL (libcrypto 3) for the life of its `SigningKey` or `VerifyingKey`.
///
/// The `EVP_PKEY` is parsed once and shared: OpenSSL 3 lets any number of threads use one key at the same time
/// as long as none modifies it (openssl-threads(7)), and signing or verifying only reads it, each call through an
/// `EVP_MD_CTX` of its own. Hence `@unchecked Sendable`: nothing here mutates the key or the templates after `init`.
final class RSAKey: @unchecked Sendable {
    private let pointer: OpaquePointer
    /// Contexts set up once for SHA256withRSA (nil when the key cannot be set up so): each call copies one, which costs
    /// a tenth of setting one up again, as OpenSSL 3 looks the algorithms up in its providers each time
    /// (docs/performance.md). A copy only reads its template.
    private let signTemplate: OpaquePointer?
    private let verifyTemplate: OpaquePointer?

    /// Takes ownership of `pointer`.
    init(owning pointer: OpaquePointer) {
        self.pointer = pointer
        signTemplate = Self.template(pointer, Self.setUpSigning)
        verifyTemplate = Self.template(pointer, Self.setUpVerifying)
        // A set-up that failed left its reason on this thread's error queue; a call without a template gives its own.
        ERR_clear_error()
    }

    deinit {
        EVP_MD_CTX_free(signTemplate)
        EVP_MD_CTX_free(verifyTemplate)
        EVP_PKEY_free(pointer)
    }

    private static func setUpSigning(_ context: OpaquePointer, _ key: OpaquePointer) -> Int32 {
        EVP_DigestSignInit(context, nil, EVP_sha256(), nil, key)
    }

    private static func setUpVerifying(_ context: OpaquePointer, _ key: OpaquePointer) -> Int32 {
        EVP_DigestVerifyInit(context, nil, EVP_sha256(), nil, key)
    }

    /// A context that `setUp` readied for `key`; nil when it could not.
    private static func template(
        _ key: OpaquePointer, _ setUp: (OpaquePointer, OpaquePointer) -> Int32
    ) -> OpaquePointer? {
        guard let context = EVP_MD_CTX_new() else { return nil }
        guard setUp(context, key) == 1 else {
            EVP_MD_CTX_free(context)
            return nil
        }
        return context
    }

    /// A fresh context for one call: a copy of `template`, or one set up by `setUp` when there is none.
    private func freshContext(
        from template: OpaquePointer?, _ setUp: (OpaquePointer, OpaquePointer) -> Int32
    ) -> OpaquePointer? {
        guard let template else { return Self.template(pointer, setUp) }
        guard let context = EVP_MD_CTX_new() else { return nil }
        guard EVP_MD_CTX_copy_ex(context, template) == 1 else {
            EVP_MD_CTX_free(context)
            return nil
        }
        return context
    }

    var sizeInBits: Int { Int(EVP_PKEY_get_bits(pointer)) }

    /// The signature size, which is the modulus size in bytes.
    var signatureSize: Int { Int(EVP_PKEY_get_size(pointer)) }

    /// SHA256withRSA, PKCS#1 v1.5 (OpenSSL's default padding for RSA).
    func sign(_ message: Data) throws(SigningError) -> Data {
        guard let context = freshContext(from: signTemplate, Self.setUpSigning) else {
            throw .signingFailed(reason: Self.lastError())
        }
        defer { EVP_MD_CTX_free(context) }
        var signature = Data(count: signatureSize)
        var length = signature.count
        let signed = signature.withUnsafeMutableBytes { out in
            message.withUnsafeBytes { input in
                EVP_DigestSign(
                    context, out.bindMemory(to: UInt8.self).baseAddress, &length,
                    input.bindMemory(to: UInt8.self).baseAddress, input.count) == 1
            }
        }
        guard signed else { throw .signingFailed(reason: Self.lastError()) }
        signature.count = length
        return signature
    }

    /// Whether `signature` is this key's SHA256withRSA (PKCS#1 v1.5) signature of `message`.
    ///
    /// A signature must be exactly as long as the modulus: OpenSSL would also take one whose leading zero bytes
    /// were dropped, BoringSSL (which verified before) and the specification (RFC 8017 8.2.2) do not.
    func verify(_ signature: Data, for message: Data) -> Bool {
        guard signature.count == signatureSize,
            let context = freshContext(from: verifyTemplate, Self.setUpVerifying)
        else { return false }
        defer { EVP_MD_CTX_free(context) }
        let valid = signature.withUnsafeBytes { signatureBytes in
            message.withUnsafeBytes { input in
                EVP_DigestVerify(
                    context, signatureBytes.bindMemory(to: UInt8.self).baseAddress, signatureBytes.count,
                    input.bindMemory(to: UInt8.self).baseAddress, input.count) == 1
            }
        }
        // A bad signature leaves a reason on this thread's error queue; nothing reads it.
        if !valid { ERR_clear_error() }
        return valid
    }

    /// The private key as unencrypted PKCS#8 PEM (`PRIVATE KEY`).
    var privateKeyPEM: String? {
        pem { bio, key in PEM_write_bio_PrivateKey(bio, key, nil, nil, 0, nil, nil) }
    }

    /// The public key as X.509 SubjectPublicKeyInfo PEM (`PUBLIC KEY`).
    var publicKeyPEM: String? {
        pem { bio, key in PEM_write_bio_PUBKEY(bio, key) }
    }

    /// What `write` puts into a memory BIO, as text.
    private func pem(_ write: (OpaquePointer, OpaquePointer) -> Int32) -> String? {
        guard let bio = BIO_new(BIO_s_mem()) else { return nil }
        defer { BIO_free(bio) }
        let written = write(bio, pointer)
        var contents: UnsafeMutablePointer<CChar>?
        let length = cos_bio_contents(bio, &contents)
        guard written == 1, let contents, length > 0 else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: contents, count: length), as: UTF8.self)
    }

    /// The oldest error on this thread's OpenSSL error queue, which is then emptied; it never holds key material.
    static func lastError() -> String {
        let code = ERR_get_error()
        ERR_clear_error()
        guard code != 0 else { return "OpenSSL gave no reason" }
        var buffer = [CChar](repeating: 0, count: 256)
        ERR_error_string_n(code, &buffer, buffer.count)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The OpenSSL that signs, e.g. `OpenSSL 3.0.19 27 Jan 2026`, as the loaded library reports itself.
    static var libraryVersion: String { String(cString: OpenSSL_version(OPENSSL_VERSION)) }
}
