import CheckoutDomain
import CheckoutServices
import Foundation
import Testing

/// Antom's official Python SDK (global-open-sdk-python, pinned in .ci/run) drives a live `MockAPOServer`: every
/// answer verified by the SDK's client, notifications by its webhook tool (Fixtures/conformance/antom_sdk_conformance.py).
@Suite(.timeLimit(.minutes(6))) struct PythonSDKConformanceTests {
    @Test(
        "the official Python SDK creates a session, pays, inquires, captures, refunds, inquires the refund and cancels, verifying every signature",
        PythonProcess.enabled)
    func officialPythonSDK() async throws {
        guard let python = PythonProcess.python else {
            Issue.record("CHECKOUT_PY is not set under CI; .ci/run's python SDK conformance block must export it")
            return
        }
        let script = try #require(
            Bundle.module.url(forResource: "Fixtures/conformance/antom_sdk_conformance", withExtension: "py"))
        let server = try ServerFixture()
        let keys = try TemporaryDirectory().create()
        defer { keys.remove() }
        let files = try Self.writeKeys(server.vectors, into: keys.url)

        let run = try await LoopbackServer.withMockAPO(server) { address in
            try await PythonProcess.run(
                python,
                [
                    script.path, "--base-url", address.baseURL, "--client-id", ServerFixture.clientId,
                    "--merchant-private-key", files.merchantPrivate, "--apo-public-key", files.apoPublic,
                    "--merchant-public-key", files.merchantPublic,
                ],
                outputDirectory: keys.url)
        }
        #expect(run.status == 0, "the SDK run failed:\n\(run.output)")
        #expect(run.output.contains("conformance: all steps passed"), "\(run.output)")
        #expect(!server.logs.all.joined().contains(ServerFixture.visaSuccess), "a card number reached the log")
    }

    private static func writeKeys(_ vectors: SignatureVectors, into directory: URL) throws -> (
        merchantPrivate: String, apoPublic: String, merchantPublic: String
    ) {
        // The PKCS#8 form `keys generate` writes; the script converts it to the PKCS#1 the SDK expects.
        let named = [
            ("merchant-private.pem", vectors.merchantPrivateKeyPkcs8Pem), ("apo-public.pem", vectors.apoPublicKeyPem),
            ("merchant-public.pem", vectors.merchantPublicKeyPem),
        ]
        for (name, pem) in named {
            try Data(pem.utf8).write(to: directory.appending(path: name))
        }
        let path = { (name: String) in directory.appending(path: name).path }
        return (path("merchant-private.pem"), path("apo-public.pem"), path("merchant-public.pem"))
    }
}
