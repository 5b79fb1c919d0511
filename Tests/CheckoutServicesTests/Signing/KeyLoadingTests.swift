import CheckoutServices
import Foundation
import Testing
import _CryptoExtras

/// Loading keys from PEM and bare Base64, and rejecting wrong, broken or small keys.
@Suite struct KeyLoadingTests {
    let fixture: SignatureVectors

    init() throws {
        fixture = try SignatureVectors.load()
    }

    /// A 512-bit key made with `openssl genrsa -traditional 512`: below even swift-crypto's 1024-bit floor.
    static let rsa512PrivateKeyPem = """
        -----BEGIN RSA PRIVATE KEY-----
        MIIBOwIBAAJBAL6zswzUlaeULK7ZqPnkTcuS+shMlieP1OjNLNRTfCAT37Kp5nNc
        KhqGwDdMlWMqn+/PYnB9YO1Aw8bJ4H4EE9cCAwEAAQJBAINVIoQ9i2tDgppQUCz4
        7BK9AHUdOXO5fHlvg+YeMKetlYIqM1uvKnGjIyAo1aAuO1excSFLsveSVoNnvd9T
        1lECIQD6A1LTPD72klTAo/VcDR+V2uOEpdNWsKz5H9h6m1QybQIhAMNExrmzUQgD
        CrWyMlWiNSDZfFa/ny6qlYEK2R1VphTTAiEAmnZ3M36jP9+EcUhbDLYm74S+0HNL
        MOIS3A+qxYU17bkCIHwwdLdMXV/cF2ahs7OU23dN+u9tJb9XTIhqrtUiUONzAiBA
        ZJgu/R5h6LZpF5mJ6QZ5Y64qLsXuGK+cv4uSttZ18Q==
        -----END RSA PRIVATE KEY-----
        """

    /// A P-256 key made with `openssl genpkey -algorithm EC`: valid PKCS#8, but not RSA.
    static let ecPrivateKeyPem = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQghG889zFbKa3dNnqJ
        yuLdleL8iBy4pr/MW8X84avOH86hRANCAATpcDxaYijcmINYcnwpksTHVlQz3s7g
        qFc8yLDPf/VJc90j5QVeOPj7bVfk4CSeG5Xo6HC2cK+NzFnxqixagmZv
        -----END PRIVATE KEY-----
        """

    @Test func privateKeysLoadFromEveryForm() throws {
        let forms = [
            fixture.merchantPrivateKeyPem,
            fixture.merchantPrivateKeyPkcs8Pem,
            pemBody(fixture.merchantPrivateKeyPem),
            pemBody(fixture.merchantPrivateKeyPkcs8Pem),
            "\r\n  " + fixture.merchantPrivateKeyPkcs8Pem.replacingOccurrences(of: "\n", with: "\r\n") + "\n\n",
            // PY/PHP wrap the dashboard's PKCS#8 body in RSA PRIVATE KEY markers.
            "-----BEGIN RSA PRIVATE KEY-----\n\(pemBody(fixture.merchantPrivateKeyPkcs8Pem))\n-----END RSA PRIVATE KEY-----",
        ]
        let vector = try #require(fixture.vectors.first { $0.signer == "merchant" })
        for form in forms {
            let key = try SigningKey(pemOrBase64: form)
            #expect(key.keySizeInBits == 2048)
            #expect(try AntomSigner.sign(vector.content, with: key) == vector.signature)
        }
    }

    @Test func publicKeysLoadFromPEMAndBareBase64() throws {
        let vector = try #require(fixture.vectors.first { $0.signer == "apo" })
        for form in [fixture.apoPublicKeyPem, pemBody(fixture.apoPublicKeyPem)] {
            let key = try VerifyingKey(pemOrBase64: form)
            #expect(key.keySizeInBits == 2048)
            #expect(AntomSigner.verify(vector.content, signature: vector.signature, with: key))
        }
    }

    @Test func publicKeyWhereAPrivateKeyIsNeeded() {
        for text in [fixture.merchantPublicKeyPem, pemBody(fixture.merchantPublicKeyPem)] {
            #expect(throws: KeyLoadError.wrongKind(expected: .privateKey, found: .publicKey)) {
                try SigningKey(pemOrBase64: text)
            }
        }
    }

    @Test func privateKeyWhereAPublicKeyIsNeeded() {
        let texts = [
            fixture.merchantPrivateKeyPem, fixture.merchantPrivateKeyPkcs8Pem,
            pemBody(fixture.merchantPrivateKeyPem), pemBody(fixture.merchantPrivateKeyPkcs8Pem),
        ]
        for text in texts {
            #expect(throws: KeyLoadError.wrongKind(expected: .publicKey, found: .privateKey)) {
                try VerifyingKey(pemOrBase64: text)
            }
        }
    }

    @Test(arguments: [
        ("", KeyLoadError.notPEMOrBase64),
        ("not a key at all!", .notPEMOrBase64),
        ("-----BEGIN PRIVATE KEY-----\nMIIB\n", .malformedPEM(reason: "no matching -----END PRIVATE KEY----- line")),
        ("-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----", .malformedPEM(reason: "the body is not valid Base64")),
        ("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----", .unsupportedPEMLabel("CERTIFICATE")),
        ("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----", .encryptedPrivateKey),
        ("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nMIIB\n-----END RSA PRIVATE KEY-----", .encryptedPrivateKey),
        ("AAAAAAAA", .malformedKey(expected: .privateKey)),
        (Self.ecPrivateKeyPem, .malformedKey(expected: .privateKey)),
        (Self.rsa512PrivateKeyPem, .keyTooSmall(bits: nil)),
    ])
    func badPrivateKeyText(text: String, error: KeyLoadError) {
        #expect(throws: error) {
            try SigningKey(pemOrBase64: text)
        }
    }

    /// The public half of `rsa512PrivateKeyPem`.
    static let rsa512PublicKeyPem = """
        -----BEGIN PUBLIC KEY-----
        MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAL6zswzUlaeULK7ZqPnkTcuS+shMlieP
        1OjNLNRTfCAT37Kp5nNcKhqGwDdMlWMqn+/PYnB9YO1Aw8bJ4H4EE9cCAwEAAQ==
        -----END PUBLIC KEY-----
        """

    @Test(arguments: [
        ("-----BEGIN PUBLIC KEY-----\nAAAAAAAA\n-----END PUBLIC KEY-----", KeyLoadError.malformedKey(expected: .publicKey)),
        ("AAAAAAAA", .malformedKey(expected: .publicKey)),
        ("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----", .unsupportedPEMLabel("CERTIFICATE")),
        (Self.rsa512PublicKeyPem, .keyTooSmall(bits: 512)),
    ])
    func badPublicKeyText(text: String, error: KeyLoadError) {
        #expect(throws: error) {
            try VerifyingKey(pemOrBase64: text)
        }
    }

    /// swift-crypto's own public-key DER parser frees its `EVP_PKEY` twice on bad input (see
    /// `RSAPublicKeyDER`). That corrupts the heap and aborts only now and then, so the bad inputs are
    /// repeated to make a regression show up as a crash; under `--sanitize=address` it fails every time.
    @Test func badPublicKeyInputNeverCrashes() {
        let privateBody = pemBody(fixture.apoPrivateKeyPkcs8Pem)
        for _ in 0..<200 {
            #expect(throws: KeyLoadError.wrongKind(expected: .publicKey, found: .privateKey)) {
                try VerifyingKey(pemOrBase64: privateBody)
            }
            #expect(throws: KeyLoadError.malformedKey(expected: .publicKey)) {
                try VerifyingKey(pemOrBase64: "MIIBCgKCAQEA")
            }
        }
    }

    @Test func pkcs1PublicKeyPEMIsAccepted() throws {
        let key = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let content = SignedContent(method: "POST", path: "/p", clientId: "c", time: RequestTime("1"), body: Data())
        let signature = try AntomSigner.sign(content, with: SigningKey(pemOrBase64: key.pemRepresentation))
        let verifying = try VerifyingKey(pemOrBase64: key.publicKey.pkcs1PEMRepresentation)
        #expect(AntomSigner.verify(content, signature: signature, with: verifying))
    }

    @Test func keysBelow2048BitsAreRejectedWithTheirSize() throws {
        let small = try _RSA.Signing.PrivateKey(unsafeKeySize: .init(bitCount: 1024))
        #expect(throws: KeyLoadError.keyTooSmall(bits: 1024)) {
            try SigningKey(pemOrBase64: small.pkcs8PEMRepresentation)
        }
        #expect(throws: KeyLoadError.keyTooSmall(bits: 1024)) {
            try VerifyingKey(pemOrBase64: small.publicKey.pemRepresentation)
        }
    }

    @Test func errorsNeverContainKeyMaterial() throws {
        let body = pemBody(fixture.merchantPrivateKeyPkcs8Pem)
        let error = try #require(throws: KeyLoadError.self) {
            try VerifyingKey(pemOrBase64: body)
        }
        let chunk = String(body.dropFirst(40).prefix(24))
        #expect(!error.description.contains(chunk))
        #expect(error.description.contains("private key"))
    }
}
