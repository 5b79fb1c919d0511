import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// One `checkout-tui serve` child process, started in the background and always reaped by the test, so that no
/// server outlives it: `kill9()` for the crash, `terminate(within:)` for a clean stop, `stopNow()` in a `defer`.
final class ServeProcess: Sendable {
    let pid: pid_t
    /// The port the server says it listens on.
    let port: Int
    /// Where its stdout and stderr go.
    let outputPath: String
    /// The wait status once reaped; nil while the process may still run.
    private let reapedStatus = Mutex<Int32?>(nil)

    private init(pid: pid_t, port: Int, outputPath: String) {
        self.pid = pid
        self.port = port
        self.outputPath = outputPath
    }

    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Starts `checkout-tui serve` with `arguments` and waits for its `listening on http://…` line.
    static func start(binary: String, arguments: [String], outputPath: String, within limit: Duration = .seconds(60))
        async throws -> ServeProcess
    {
        let environment = ProcessInfo.processInfo.environment
        let pid = try Subprocess.spawn(binary, ["serve"] + arguments, environment: environment, outputPath: outputPath)
        let starting = ServeProcess(pid: pid, port: 0, outputPath: outputPath)
        let deadline = ContinuousClock.now + limit
        do {
            while ContinuousClock.now < deadline {
                if let port = listeningPort(in: starting.output) {
                    return ServeProcess(pid: pid, port: port, outputPath: outputPath)
                }
                if let status = starting.reap(blocking: false) {
                    throw E2EError(
                        "checkout-tui serve \(arguments.joined(separator: " ")) exited (wait status \(status)) "
                            + "before listening:\n\(starting.outputTail())")
                }
                try await Task.sleep(for: .milliseconds(50))
            }
            throw E2EError(
                "checkout-tui serve did not print its listening line within \(limit):\n\(starting.outputTail())")
        } catch {
            // Cancelled or failed while starting: the child must not outlive the test.
            starting.stopNow()
            throw error
        }
    }

    /// `checkout-tui serve: listening on http://127.0.0.1:PORT (client-id …)`.
    private static func listeningPort(in output: String) -> Int? {
        let marker = "checkout-tui serve: listening on http://"
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix(marker) }) else { return nil }
        let address = line.dropFirst(marker.count).prefix { $0 != " " && $0 != "/" }
        return address.split(separator: ":").last.flatMap { Int($0) }
    }

    /// `checkout-tui serve: merchant webhook receiver on URL`, printed before the listening line with
    /// `--webhook-port`.
    var webhookURL: String? {
        let marker = "checkout-tui serve: merchant webhook receiver on "
        return output.split(separator: "\n").first { $0.hasPrefix(marker) }.map { String($0.dropFirst(marker.count)) }
    }

    /// Everything the server wrote so far.
    var output: String {
        String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
    }

    /// The last lines of the output, for a failure message.
    func outputTail(lines: Int = 20) -> String {
        output.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }

    /// SIGKILL: the crash under test. Returns at once; `reap` collects the process.
    func kill9() {
        if reapedStatus.withLock({ $0 }) == nil { kill(pid, SIGKILL) }
    }

    /// SIGTERM, then waits up to `limit` for a clean exit; SIGKILL after that. Returns the wait status.
    @discardableResult
    func terminate(within limit: Duration) async -> Int32 {
        if let status = reapedStatus.withLock({ $0 }) { return status }
        kill(pid, SIGTERM)
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if let status = reap(blocking: false) { return status }
            try? await Task.sleep(for: .milliseconds(50))
        }
        stopNow()
        return reap(blocking: true) ?? 0
    }

    /// SIGKILL if still running, and reaps: safe to call any number of times, from a `defer`.
    func stopNow() {
        kill9()
        _ = reap(blocking: true)
    }

    /// The wait status if the process has ended (waiting for it when `blocking`), nil if it still runs.
    @discardableResult
    func reap(blocking: Bool) -> Int32? {
        reapedStatus.withLock { reaped in
            if let reaped { return reaped }
            var status: Int32 = 0
            while true {
                let result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
                if result == pid {
                    reaped = status
                    return status
                }
                if result == 0 { return nil }
                guard errno == EINTR else {
                    // ECHILD: someone else reaped it; it is gone either way.
                    reaped = -1
                    return -1
                }
            }
        }
    }

    /// Whether a wait status says the process died of SIGKILL.
    static func killedBySIGKILL(_ status: Int32) -> Bool {
        status & 0x7F == SIGKILL
    }

    /// Whether a wait status is a normal exit with code 0.
    static func exitedCleanly(_ status: Int32) -> Bool {
        status & 0x7F == 0 && (status >> 8) & 0xFF == 0
    }
}
