import CheckoutServices
import Foundation
import Testing

/// OpenSSL signs (docs/DECISIONS.md): its name for figures, one key shared by concurrent signers, and the rules kept
/// from BoringSSL, which signed before.
@Suite struct OpenSSLSignerTests {
    let fixture: SignatureVectors

    init() throws {
        fixture = try SignatureVectors.load()
    }

    @Test func theLibraryNamesItselfOpenSSL3() {
        #expect(AntomSigner.library.hasPrefix("OpenSSL 3."))
    }

    @Test("one key signs from many tasks at once, each signature the official vector's")
    func concurrentSigningWithOneKey() async throws {
        let vector = try #require(fixture.vectors.first { $0.signer == "apo" })
        let key = try SigningKey(pemOrBase64: fixture.pkcs8PrivateKey(for: vector))
        let content = vector.content
        let signatures = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<64 {
                group.addTask { try AntomSigner.sign(content, with: key) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(signatures.count == 64)
        #expect(Set(signatures) == [vector.signature])
        #expect(AntomSigner.verify(vector.content, signature: vector.signature, with: key.verifyingKey))
    }

    @Test("a signature must be as long as the modulus: one with its leading zero byte dropped is refused")
    func shortenedSignatureIsRefused() throws {
        let key = try SigningKey(pemOrBase64: fixture.apoPrivateKeyPkcs8Pem)
        let verifying = try VerifyingKey(pemOrBase64: fixture.apoPublicKeyPem)
        // PKCS#1 v1.5 is deterministic: the first body whose signature starts with a zero byte is always the same.
        var found: (SignedContent, Data)?
        for index in 0..<4096 where found == nil {
            let content = SignedContent(
                method: "POST", path: "/p", clientId: "c", time: RequestTime("1"), body: Data("\(index)".utf8))
            let encoded = try AntomSigner.sign(content, with: key)
            let signature = try #require(encoded.removingPercentEncoding.flatMap { Data(base64Encoded: $0) })
            if signature.first == 0 { found = (content, signature) }
        }
        let (content, signature) = try #require(found)
        #expect(AntomSigner.verify(content, signature: signature.base64EncodedString(), with: verifying))
        #expect(!AntomSigner.verify(content, signature: signature.dropFirst().base64EncodedString(), with: verifying))
    }
}
