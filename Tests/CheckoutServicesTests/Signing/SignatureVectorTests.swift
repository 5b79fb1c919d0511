import CheckoutServices
import Foundation
import Testing

/// Reproduces every vector of Fixtures/signature-vectors.json byte for byte.
@Suite struct SignatureVectorTests {
    let fixture: SignatureVectors

    init() throws {
        fixture = try SignatureVectors.load()
    }

    @Test func fixtureHasVectorsFromBothSigners() {
        #expect(fixture.vectors.count == 4)
        #expect(Set(fixture.vectors.map(\.signer)) == ["merchant", "apo"])
    }

    @Test(arguments: try SignatureVectors.load().vectors)
    func signedContentMatches(vector: SignatureVector) {
        #expect(String(decoding: vector.content.bytes, as: UTF8.self) == vector.signedContent)
        #expect(vector.content.bytes == Data(vector.signedContent.utf8))
    }

    @Test(arguments: try SignatureVectors.load().vectors)
    func signatureMatchesWithPKCS1Key(vector: SignatureVector) throws {
        let key = try SigningKey(pemOrBase64: fixture.pkcs1PrivateKey(for: vector))
        #expect(try AntomSigner.sign(vector.content, with: key) == vector.signature)
    }

    @Test(arguments: try SignatureVectors.load().vectors)
    func signatureMatchesWithPKCS8Key(vector: SignatureVector) throws {
        let key = try SigningKey(pemOrBase64: fixture.pkcs8PrivateKey(for: vector))
        #expect(try AntomSigner.sign(vector.content, with: key) == vector.signature)
    }

    @Test(arguments: try SignatureVectors.load().vectors)
    func signatureMatchesWithBareBase64Keys(vector: SignatureVector) throws {
        for pem in [fixture.pkcs1PrivateKey(for: vector), fixture.pkcs8PrivateKey(for: vector)] {
            let key = try SigningKey(pemOrBase64: pemBody(pem))
            #expect(try AntomSigner.sign(vector.content, with: key) == vector.signature)
        }
    }

    @Test(arguments: try SignatureVectors.load().vectors)
    func headerMatches(vector: SignatureVector) throws {
        #expect(SignatureHeader(signature: vector.signature).value == vector.signatureHeader)
        let parsed = try SignatureHeader(parsing: vector.signatureHeader)
        #expect(parsed.signature == vector.signature)
        #expect(parsed.keyVersion == "1")
    }

    @Test(arguments: try SignatureVectors.load().vectors)
    func verifiesWithSignersPublicKey(vector: SignatureVector) throws {
        #expect(AntomSigner.verify(vector.content, signature: vector.signature, with: try fixture.publicKey(for: vector)))
    }

    @Test(arguments: try SignatureVectors.load().vectors)
    func verifiesRawUnencodedBase64(vector: SignatureVector) throws {
        let raw = try #require(vector.signature.removingPercentEncoding)
        #expect(raw != vector.signature)
        #expect(AntomSigner.verify(vector.content, signature: raw, with: try fixture.publicKey(for: vector)))
    }

    @Test(arguments: try SignatureVectors.load().vectors)
    func wrongPublicKeyFails(vector: SignatureVector) throws {
        #expect(!AntomSigner.verify(vector.content, signature: vector.signature, with: try fixture.otherPublicKey(for: vector)))
    }

    @Test(arguments: try SignatureVectors.load().vectors)
    func tamperedContentFails(vector: SignatureVector) throws {
        let key = try fixture.publicKey(for: vector)
        let original = vector.content
        let tampered = [
            SignedContent(method: "GET", path: original.path, clientId: original.clientId, time: original.time, body: original.body),
            SignedContent(method: original.method, path: original.path + "/", clientId: original.clientId, time: original.time, body: original.body),
            SignedContent(method: original.method, path: original.path, clientId: original.clientId + "X", time: original.time, body: original.body),
            SignedContent(method: original.method, path: original.path, clientId: original.clientId, time: RequestTime(original.time.text + "0"), body: original.body),
            SignedContent(method: original.method, path: original.path, clientId: original.clientId, time: original.time, body: original.body + Data(" ".utf8)),
        ]
        for content in tampered {
            #expect(!AntomSigner.verify(content, signature: vector.signature, with: key))
        }
    }

    @Test(arguments: try SignatureVectors.load().vectors)
    func tamperedSignatureFails(vector: SignatureVector) throws {
        let key = try fixture.publicKey(for: vector)
        var flipped = Array(vector.signature)
        flipped[10] = flipped[10] == "A" ? "B" : "A"
        for value in [String(flipped), "", "not base64!", String(vector.signature.dropLast(3))] {
            #expect(!AntomSigner.verify(vector.content, signature: value, with: key))
        }
    }
}
