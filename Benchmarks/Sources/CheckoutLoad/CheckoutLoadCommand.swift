import ArgumentParser
import CheckoutDomain
import Foundation
import LoadSupport

/// `checkout-load`: signed Antom requests against `checkout-tui serve` on loopback, closed or open loop; prints
/// a JSON report on stdout and one line for people on stderr; exits 1 when any answer was an error.
@main
struct CheckoutLoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkout-load",
        abstract: "Load `checkout-tui serve` with pre-signed Antom requests and report req/s, p50/p99 and errors.",
        discussion: """
            Every request is signed before the timed phase. inquiryPayment first creates --payments payments with \
            signed pay requests, waits until the server has delivered their notifications (GET \
            /sim/v1/control/state) and then inquires about them round-robin; createPaymentSession and pay send one \
            new paymentRequestId per request. Without --rate the run is closed loop (--requests over \
            --connections, capped by --duration); with --rate it is open loop for --duration seconds and latency \
            counts from each request's scheduled send time. With --notifications it measures notification \
            delivery instead: --payments payments name a receiver of its own as paymentNotifyUrl; it refuses each \
            first attempt, then acknowledges, and the timed phase runs from moving the server's clock on 10 minutes \
            (POST /sim/v1/control/clock, so every retry is due at once) to the last acknowledgement.
            """)

    @Option(name: .long, help: "The server's base URL.")
    var url = "http://127.0.0.1:8480"

    @Option(name: .long, help: "The directory `checkout-tui keys generate` wrote (merchant-private.pem, apo-public.pem).")
    var keysDir = "keys"

    @Option(name: .long, help: "The client-id the server accepts.")
    var clientId = MockAPOConfig().clientId

    @Option(name: .long, help: "inquiryPayment, createPaymentSession or pay.")
    var api: LoadAPI = .inquiryPayment

    @Option(name: .long, help: "Concurrent keep-alive connections.")
    var connections = 16

    @Option(name: .long, help: "Closed loop: requests to send.")
    var requests = 10_000

    @Option(name: .long, help: "Closed loop: stop after this many seconds. Open loop: how long to send.")
    var duration: Double?

    @Option(name: .long, help: "Open loop: requests per second on a fixed schedule.")
    var rate: Double?

    @Option(name: .long, help: "inquiryPayment: payments to create first (signed pay, not timed).")
    var payments = 1_000

    @Option(name: .long, help: "Verify the signature of every n-th answer (after the timed phase).")
    var verifyEvery = 50

    @Option(name: .long, help: "The server's process id: report its CPU time during the timed phase (Linux /proc).")
    var serverPid: Int32?

    @Flag(name: .long, help: "Measure notification delivery to a fast loopback receiver (serve with --notify http).")
    var notifications = false

    func validate() throws {
        guard url.hasPrefix("http://") else { throw ValidationError("--url must start with http://, not \(url)") }
        guard connections > 0, requests > 0, payments > 0, verifyEvery > 0 else {
            throw ValidationError("--connections, --requests, --payments and --verify-every must be positive")
        }
        if let rate, rate <= 0 { throw ValidationError("--rate must be positive") }
        if rate != nil, duration == nil { throw ValidationError("--rate needs --duration") }
    }

    func run() async throws {
        if notifications {
            try await measureNotifications()
            return
        }
        do {
            let report = try await load()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
            FileHandle.standardError.write(Data("checkout-load: \(report.summary)\n".utf8))
            if report.errors > 0 { throw ExitCode(1) }
        } catch let error as LoadError {
            throw ValidationError(error.description)
        }
    }

    private func measureNotifications() async throws {
        let report: NotificationReport
        do {
            report = try await notificationReport()
        } catch {
            throw ValidationError(error.description)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try encoder.encode(report), as: UTF8.self))
        FileHandle.standardError.write(Data("checkout-load: \(report.summary)\n".utf8))
    }

    private func notificationReport() async throws(LoadError) -> NotificationReport {
        let keys = try LoadKeys(directory: keysDir)
        let receiver = try await NotificationReceiver.start()
        let measured: Result<NotificationReport, LoadError>
        do {
            let signer = Presigner(
                clientId: clientId, key: keys.merchantPrivate, bodies: try RequestBodies(notifyUrl: receiver.url))
            let pays = try await signer.sign(.pay, ids: (0..<payments).map { "\(runPrefix)-\($0)" })
            let runner = LoadRunner(baseURL: url, connections: connections, sampleEvery: verifyEvery, serverPID: serverPid)
            measured = .success(
                try await NotificationRun(baseURL: url, runner: runner).measure(pays, receiver: receiver) {
                    report(.pay, mode: "untimed", calls: pays, $0, keys)
                })
        } catch {
            measured = .failure(error)
        }
        await receiver.stop()
        return try measured.get()
    }

    /// Unique per run, so runs against the same server never replay each other's paymentRequestIds.
    private var runPrefix: String {
        "LOAD\(ProcessInfo.processInfo.processIdentifier)T\(Int(Date().timeIntervalSince1970 * 1000))"
    }

    private func load() async throws(LoadError) -> LoadReport {
        let keys = try LoadKeys(directory: keysDir)
        let signer = Presigner(clientId: clientId, key: keys.merchantPrivate, bodies: try RequestBodies())
        let runner = LoadRunner(
            baseURL: url, connections: connections, sampleEvery: verifyEvery, serverPID: serverPid)
        let prefix = runPrefix
        let count = rate.map { Int($0 * (duration ?? 0)) } ?? requests
        let calls: [SignedCall]
        if api == .inquiryPayment {
            let ids = (0..<payments).map { "\(prefix)-\($0)" }
            let pays = try await signer.sign(.pay, ids: ids)
            let warmUp = report(
                .pay, mode: "warm-up", calls: pays, await runner.closedLoop(pays, total: pays.count, duration: nil),
                keys)
            guard warmUp.errors == 0 else { throw .warmUpFailed(succeeded: warmUp.requests - warmUp.errors, wanted: ids.count) }
            // Their notifications are the payments' work, not the inquiries': delivered before the clock starts.
            try await SimulatorControl(baseURL: url).waitForEmptyOutbox()
            calls = try await signer.sign(.inquiryPayment, ids: ids)
        } else {
            calls = try await signer.sign(api, ids: (0..<count).map { "\(prefix)-\($0)" })
        }
        if let rate, let duration {
            return report(api, mode: "open", calls: calls, await runner.openLoop(calls, rate: rate, duration: duration), keys)
        }
        return report(
            api, mode: "closed", calls: calls, await runner.closedLoop(calls, total: count, duration: duration), keys)
    }

    private func report(
        _ api: LoadAPI, mode: String, calls: [SignedCall], _ outcome: LoadRunner.Outcome, _ keys: LoadKeys
    ) -> LoadReport {
        LoadReport(
            api: api, mode: mode, connections: connections, targetRate: mode == "open" ? rate : nil, calls: calls,
            outcome: outcome, clientId: clientId, apoPublic: keys.apoPublic)
    }
}

extension LoadAPI: ExpressibleByArgument {}
