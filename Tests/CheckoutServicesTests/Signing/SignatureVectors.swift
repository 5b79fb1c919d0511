import CheckoutServices
import Foundation
import Testing

/// The conformance vectors in Fixtures/signature-vectors.json, computed with Antom's Python SDK.
struct SignatureVectors: Decodable, Sendable {
    let merchantPrivateKeyPem: String
    let merchantPrivateKeyPkcs8Pem: String
    let merchantPublicKeyPem: String
    let apoPrivateKeyPem: String
    let apoPrivateKeyPkcs8Pem: String
    let apoPublicKeyPem: String
    let vectors: [SignatureVector]

    static func load() throws -> SignatureVectors {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/signature-vectors", withExtension: "json"))
        return try JSONDecoder().decode(SignatureVectors.self, from: Data(contentsOf: url))
    }

    /// PKCS#1 PEM private key of the vector's signer.
    func pkcs1PrivateKey(for vector: SignatureVector) -> String {
        vector.signer == "apo" ? apoPrivateKeyPem : merchantPrivateKeyPem
    }

    /// PKCS#8 PEM private key of the vector's signer.
    func pkcs8PrivateKey(for vector: SignatureVector) -> String {
        vector.signer == "apo" ? apoPrivateKeyPkcs8Pem : merchantPrivateKeyPkcs8Pem
    }

    func publicKey(for vector: SignatureVector) throws -> VerifyingKey {
        try VerifyingKey(pemOrBase64: vector.signer == "apo" ? apoPublicKeyPem : merchantPublicKeyPem)
    }

    /// The public key of the party that did not sign the vector.
    func otherPublicKey(for vector: SignatureVector) throws -> VerifyingKey {
        try VerifyingKey(pemOrBase64: vector.signer == "apo" ? merchantPublicKeyPem : apoPublicKeyPem)
    }
}

/// One signed message from the fixture.
struct SignatureVector: Decodable, Sendable, CustomTestStringConvertible {
    let signer: String
    let httpMethod: String
    let path: String
    let clientId: String
    let requestTime: String
    let body: String
    let signedContent: String
    let signature: String
    let signatureHeader: String

    var content: SignedContent {
        SignedContent(
            method: httpMethod, path: path, clientId: clientId, time: RequestTime(requestTime), body: Data(body.utf8)
        )
    }

    var testDescription: String { "\(signer) \(path) @ \(requestTime)" }
}

/// The bare Base64 body of a PEM block, as the Antom dashboard shows keys.
func pemBody(_ pem: String) -> String {
    pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
}
