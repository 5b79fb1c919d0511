import CheckoutDomain
import CheckoutServices
import Foundation
import Testing

/// Antom's official Python SDK (global-open-sdk-python, pinned in .ci/run) drives a live `MockAPOServer`: every
/// answer verified by the SDK's client, notifications by its webhook tool (Fixtures/conformance/antom_sdk_conformance.py).
@Suite(.timeLimit(.minutes(2))) struct PythonSDKConformanceTests {
    static let environment = ProcessInfo.processInfo.environment

    @Test(
        "the official Python SDK creates a session, pays, inquires, captures, refunds and cancels, verifying every signature",
        .enabled(
            if: environment["CHECKOUT_PY"] != nil || environment["CI"] != nil,
            "set CHECKOUT_PY to a Python with global-open-sdk-python (.ci/run makes .build/pyvenv/bin/python)"))
    func officialPythonSDK() async throws {
        guard let python = Self.environment["CHECKOUT_PY"].map(Self.absolute) else {
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
            try await Self.runProcess(
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

    /// `.build/pyvenv/bin/python` as .ci/run exports it is relative to the package root, where tests run.
    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
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

    /// Runs the script to completion, with stdout and stderr in one file; a run past 90 s is terminated (the
    /// script bounds its own waits, so only a hang gets there).
    private static func runProcess(_ executable: String, _ arguments: [String], outputDirectory: URL) async throws
        -> (status: Int32, output: String)
    {
        let log = outputDirectory.appending(path: "conformance.log")
        try Data().write(to: log)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        let watchdog = Task {
            try await Task.sleep(for: .seconds(90))
            if process.isRunning { process.terminate() }
        }
        defer { watchdog.cancel() }
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return (status, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}
