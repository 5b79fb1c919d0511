import CheckoutServices
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Generated key files: modes, round trip, overwrite protection, unusable directories.
@Suite struct KeyPairGeneratorTests {
    @Test func writesOwnerOnlyPEMFilesThatRoundTripASignature() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let target = directory.url.appending(path: "keys")

        let written = try KeyPairGenerator.generate(into: target)

        #expect(written.map(\.lastPathComponent)
            == ["merchant-private.pem", "merchant-public.pem", "apo-private.pem", "apo-public.pem"])
        #expect(try TemporaryDirectory.mode(of: target) == 0o700)
        for file in written {
            #expect(try TemporaryDirectory.mode(of: file) == 0o600, "\(file.lastPathComponent)")
        }
        let privatePEM = try String(contentsOf: KeyPairRole.merchant.privateKeyFile(in: target), encoding: .utf8)
        #expect(privatePEM.hasPrefix("-----BEGIN PRIVATE KEY-----\n"))
        let publicPEM = try String(contentsOf: KeyPairRole.apo.publicKeyFile(in: target), encoding: .utf8)
        #expect(publicPEM.hasPrefix("-----BEGIN PUBLIC KEY-----\n"))

        let content = SignedContent(
            method: "POST", path: "/ams/api/v1/payments/pay", clientId: "T_1", time: RequestTime("1"), body: Data("{}".utf8)
        )
        let merchant = try SigningKey(contentsOf: KeyPairRole.merchant.privateKeyFile(in: target))
        let merchantPublic = try VerifyingKey(contentsOf: KeyPairRole.merchant.publicKeyFile(in: target))
        let apoPublic = try VerifyingKey(contentsOf: KeyPairRole.apo.publicKeyFile(in: target))
        let signature = try AntomSigner.sign(content, with: merchant)
        #expect(merchant.keySizeInBits == 2048)
        #expect(AntomSigner.verify(content, signature: signature, with: merchantPublic))
        #expect(!AntomSigner.verify(content, signature: signature, with: apoPublic))
    }

    @Test func refusesToOverwriteUnlessAsked() throws {
        let directory = try TemporaryDirectory().create()
        defer { directory.remove() }
        let existing = KeyPairRole.apo.publicKeyFile(in: directory.url)
        try "keep me".write(to: existing, atomically: true, encoding: .utf8)

        #expect(throws: KeyFileError.alreadyExists(path: existing.path)) {
            try KeyPairGenerator.generate(into: directory.url)
        }
        #expect(try String(contentsOf: existing, encoding: .utf8) == "keep me")
        #expect(!FileManager.default.fileExists(atPath: KeyPairRole.merchant.privateKeyFile(in: directory.url).path))

        try KeyPairGenerator.generate(into: directory.url, roles: [.apo], overwrite: true)
        #expect(try TemporaryDirectory.mode(of: existing) == 0o600)
        _ = try VerifyingKey(contentsOf: existing)
    }

    @Test func reportsUnusableDirectories() throws {
        let directory = try TemporaryDirectory().create()
        defer { directory.remove() }
        let file = directory.url.appending(path: "file")
        try "x".write(to: file, atomically: true, encoding: .utf8)

        #expect(throws: KeyFileError.notADirectory(path: file.path)) {
            try KeyPairGenerator.generate(into: file)
        }
        let error = try #require(throws: KeyFileError.self) {
            try KeyPairGenerator.generate(into: file.appending(path: "keys"))
        }
        guard case .cannotCreateDirectory(let path, _) = error else {
            Issue.record("expected cannotCreateDirectory, got \(error)")
            return
        }
        #expect(path == file.appending(path: "keys").path)
    }

    @Test(.enabled(if: geteuid() != 0, "root may write into any directory"))
    func reportsReadOnlyDirectory() throws {
        let directory = try TemporaryDirectory().create()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory.url.path)
            directory.remove()
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: directory.url.path)
        #expect(throws: KeyFileError.directoryNotWritable(path: directory.url.path)) {
            try KeyPairGenerator.generate(into: directory.url)
        }
    }
}
