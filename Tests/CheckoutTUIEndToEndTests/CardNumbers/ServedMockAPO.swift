import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `checkout-tui serve` running in the background for one test: its own keys and data directory, port 0, the
/// simulator's webhook receiver on a port the system picks, standard output and error in one log file.
final class ServedMockAPO {
    /// The client id `serve` accepts by default, which `play` and the TUI must send.
    static let clientId = "SANDBOX_5Y0566SG25J004124"

    let url: String
    /// The `paymentNotifyUrl` of the simulator's webhook receiver, as serve printed it.
    let notifyURL: String
    let log: URL
    let dataDirectory: URL
    let keys: URL
    private let process: ServeProcess

    /// Generates keys into `directory`/keys, starts the server and waits for its "listening on" line.
    init(binary: String, directory: URL) async throws {
        keys = directory.appendingPathComponent("keys")
        dataDirectory = directory.appendingPathComponent("data")
        log = directory.appendingPathComponent("serve.log")
        let generated = try await Subprocess.run(
            binary, ["keys", "generate", "--out", keys.path], environment: ProcessInfo.processInfo.environment)
        guard generated.status == 0 else { throw E2EError("keys generate failed (\(generated.status)): \(generated.output)") }
        process = try await ServeProcess.start(
            binary: binary,
            arguments: [
                "--keys-dir", keys.path, "--port", "0", "--data-dir", dataDirectory.path,
                "--webhook-port", "0",
            ],
            outputPath: log.path)
        url = process.baseURL
        guard let notifyURL = process.webhookURL else {
            process.stopNow()
            throw E2EError("serve did not print its webhook receiver's address:\n\(process.outputTail())")
        }
        self.notifyURL = notifyURL
    }

    var merchantPrivateKey: String { keys.appendingPathComponent("merchant-private.pem").path }
    var apoPublicKey: String { keys.appendingPathComponent("apo-public.pem").path }

    /// The `--apo` options for `play` and the TUI.
    var gatewayArguments: [String] {
        ["--apo", url, "--client-id", Self.clientId, "--merchant-private-key", merchantPrivateKey,
         "--apo-public-key", apoPublicKey]
    }

    /// SIGTERM, as `serve` documents for stopping; SIGKILL if it has not exited within 10 s. The wait status.
    @discardableResult
    func stop() async -> Int32 {
        await process.terminate(within: .seconds(10))
    }

    deinit {
        process.stopNow()
    }
}
