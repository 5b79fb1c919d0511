import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `checkout-tui serve` running in the background for one test: its own keys and data directory, port 0, the
/// simulator's webhook receiver on `webhookPort`, standard output and error in one log file.
final class ServedMockAPO {
    /// The client id `serve` accepts by default, which `play` and the TUI must send.
    static let clientId = "SANDBOX_5Y0566SG25J004124"

    let url: String
    let log: URL
    let dataDirectory: URL
    let keys: URL
    private let pid: pid_t
    private var exitStatus: Int32?

    /// Generates keys into `directory`/keys, starts the server and waits for its "listening on" line.
    init(binary: String, directory: URL, webhookPort: Int) async throws {
        keys = directory.appendingPathComponent("keys")
        dataDirectory = directory.appendingPathComponent("data")
        log = directory.appendingPathComponent("serve.log")
        let environment = ProcessInfo.processInfo.environment
        let generated = try Subprocess.run(binary, ["keys", "generate", "--out", keys.path], environment: environment)
        guard generated.status == 0 else { throw E2EError("keys generate failed (\(generated.status)): \(generated.output)") }
        pid = try Self.spawn(
            binary,
            [
                "serve", "--keys-dir", keys.path, "--port", "0", "--data-dir", dataDirectory.path,
                "--webhook-port", "\(webhookPort)",
            ], output: log.path, environment: environment)
        do {
            url = try await Self.waitForListening(log: log, pid: pid)
        } catch {
            Self.terminate(pid)
            throw error
        }
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
    func stop() -> Int32 {
        if let exitStatus { return exitStatus }
        let status = Self.terminate(pid)
        exitStatus = status
        return status
    }

    deinit {
        stop()
    }

    @discardableResult
    private static func terminate(_ pid: pid_t) -> Int32 {
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(10)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                break
            }
            usleep(20_000)
        }
        return status
    }

    private static func waitForListening(log: URL, pid: pid_t) async throws -> String {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("checkout-tui serve: listening on ") }),
                let url = line.split(separator: " ").first(where: { $0.hasPrefix("http://") })
            {
                return String(url)
            }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                throw E2EError("checkout-tui serve exited (wait status \(status)) before listening:\n\(text)")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw E2EError("checkout-tui serve did not say it was listening within 20 s:\n\((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
    }

    /// posix_spawn without waiting, signals at their defaults (the test runner ignores SIGTERM, and a child would
    /// inherit that), output appended to `output`.
    private static func spawn(_ path: String, _ arguments: [String], output: String, environment: [String: String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw E2EError("cannot start \(path): \(String(cString: strerror(spawned)))") }
        return pid
    }
}
