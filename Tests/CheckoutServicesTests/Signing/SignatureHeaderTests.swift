import CheckoutServices
import Testing

/// Signature header formatting and lenient parsing.
@Suite struct SignatureHeaderTests {
    @Test func formatsLikeTheSDKsWithoutSpaces() {
        #expect(SignatureHeader(signature: "a%2Fb%3D").value == "algorithm=RSA256,keyVersion=1,signature=a%2Fb%3D")
        #expect(SignatureHeader(signature: "x", keyVersion: "2").value == "algorithm=RSA256,keyVersion=2,signature=x")
    }

    @Test(arguments: [
        "algorithm=RSA256, keyVersion=1, signature=abc%3D",  // DOCS api_fund, spaces after commas
        "ALGORITHM=rsa256,KeyVersion=1,Signature=abc%3D",
        "signature=abc%3D, algorithm=RSA256 ,keyVersion=1",
        "algorithm=RSA256,keyVersion=1,signature= abc%3D ",
    ])
    func parsesLeniently(header: String) throws {
        let parsed = try SignatureHeader(parsing: header)
        #expect(parsed.signature == "abc%3D")
        #expect(parsed.keyVersion == "1")
    }

    @Test func keepsRawBase64PaddingAfterFirstEquals() throws {
        let parsed = try SignatureHeader(parsing: "algorithm=RSA256,keyVersion=3,signature=ab+/cd==")
        #expect(parsed.signature == "ab+/cd==")
        #expect(parsed.keyVersion == "3")
    }

    @Test func missingAlgorithmAndKeyVersionFallBackToSDKDefaults() throws {
        let parsed = try SignatureHeader(parsing: "signature=abc")
        #expect(parsed == SignatureHeader(signature: "abc", keyVersion: "1"))
    }

    @Test(arguments: [
        ("", SignatureHeaderError.missingSignature),
        ("algorithm=RSA256,keyVersion=1", .missingSignature),
        ("algorithm=RSA256,keyVersion=1,sig=abc", .missingSignature),
        ("algorithm=RSA256,keyVersion=1,signature=", .emptyValue("signature")),
        ("algorithm=,keyVersion=1,signature=abc", .emptyValue("algorithm")),
        ("algorithm=RSA256,keyVersion= ,signature=abc", .emptyValue("keyVersion")),
        ("algorithm=RSA2048,keyVersion=1,signature=abc", .unknownAlgorithm("RSA2048")),
    ])
    func rejectsWithNamedReason(header: String, error: SignatureHeaderError) {
        #expect(throws: error) {
            try SignatureHeader(parsing: header)
        }
    }
}
