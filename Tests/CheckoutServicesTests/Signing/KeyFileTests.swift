import CheckoutServices
import Foundation
import Testing

/// Loading keys from files, and errors that name the file.
@Suite struct KeyFileTests {
    let fixture: SignatureVectors

    init() throws {
        fixture = try SignatureVectors.load()
    }

    @Test func loadsKeysFromFiles() throws {
        let directory = try TemporaryDirectory().create()
        defer { directory.remove() }
        let privateFile = directory.url.appending(path: "merchant-private.pem")
        let publicFile = directory.url.appending(path: "merchant-public.txt")
        try fixture.merchantPrivateKeyPkcs8Pem.write(to: privateFile, atomically: true, encoding: .utf8)
        try pemBody(fixture.merchantPublicKeyPem).write(to: publicFile, atomically: true, encoding: .utf8)

        let vector = try #require(fixture.vectors.first { $0.signer == "merchant" })
        let signature = try AntomSigner.sign(vector.content, with: SigningKey(contentsOf: privateFile))
        #expect(signature == vector.signature)
        #expect(AntomSigner.verify(vector.content, signature: signature, with: try VerifyingKey(contentsOf: publicFile)))
    }

    @Test func missingFileIsNamed() {
        let file = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/key.pem")
        #expect(throws: KeyFileError.missing(path: file.path)) {
            try SigningKey(contentsOf: file)
        }
    }

    @Test func directoryIsUnreadable() throws {
        let directory = try TemporaryDirectory().create()
        defer { directory.remove() }
        #expect(throws: KeyFileError.unreadable(path: directory.url.path, reason: "it is a directory")) {
            try VerifyingKey(contentsOf: directory.url)
        }
    }

    @Test func contentProblemsNameTheFile() throws {
        let directory = try TemporaryDirectory().create()
        defer { directory.remove() }
        let garbage = directory.url.appending(path: "garbage.pem")
        let binary = directory.url.appending(path: "key.der")
        let publicKey = directory.url.appending(path: "public.pem")
        try "hello".write(to: garbage, atomically: true, encoding: .utf8)
        try Data([0x30, 0x82, 0xFF, 0xFE]).write(to: binary)
        try fixture.apoPublicKeyPem.write(to: publicKey, atomically: true, encoding: .utf8)

        #expect(throws: KeyFileError.invalidKey(path: garbage.path, .notPEMOrBase64)) {
            try SigningKey(contentsOf: garbage)
        }
        #expect(throws: KeyFileError.invalidKey(path: binary.path, .notPEMOrBase64)) {
            try VerifyingKey(contentsOf: binary)
        }
        let error = try #require(throws: KeyFileError.self) {
            try SigningKey(contentsOf: publicKey)
        }
        #expect(error == .invalidKey(path: publicKey.path, .wrongKind(expected: .privateKey, found: .publicKey)))
        #expect(error.description == "key file \(publicKey.path) is a public key, but a private key is needed here")
    }
}
