import Foundation

/// The delivery figure (issue 13 item 3): how fast `serve` posts a backlog of notifications to a fast loopback
/// receiver, apart from the payments that made them.
///
/// 1. The payments (signed `pay` requests naming the receiver as paymentNotifyUrl) are sent, not timed; the
///    receiver refuses each first attempt (HTTP 500), so every notification (one or more per payment) waits for
///    its retry, 2 minutes later on Antom's schedule. The phase ends when no first attempt has come for 2 s.
/// 2. Timed: the receiver starts acknowledging, `POST /sim/v1/control/clock` moves the server's clock on 10 minutes,
///    every retry is due at once, and the phase ends when the receiver has acknowledged every notification.
public struct NotificationRun: Sendable {
    public let baseURL: String
    public let runner: LoadRunner
    /// How long each phase may take before the run is given up.
    public let patience: Duration

    public init(baseURL: String, runner: LoadRunner, patience: Duration = .seconds(300)) {
        self.baseURL = baseURL
        self.runner = runner
        self.patience = patience
    }

    /// The figure; `pays` must name `receiver.url` as their paymentNotifyUrl.
    public func measure(
        _ pays: [SignedCall], receiver: NotificationReceiver, check: (LoadRunner.Outcome) -> LoadReport
    ) async throws(LoadError) -> NotificationReport {
        let payments = check(await runner.closedLoop(pays, total: pays.count, duration: nil))
        guard payments.errors == 0 else {
            throw .warmUpFailed(succeeded: payments.requests - payments.errors, wanted: pays.count)
        }
        try await wait(until: "a first attempt for every payment", receiver) { $0.refused >= pays.count }
        let notifications = try await settled(receiver)

        receiver.acknowledge()
        let serverBefore = runner.serverPID.flatMap(CPUTime.ofProcess)
        let start = Stopwatch.now()
        try await SimulatorControl(baseURL: baseURL).moveClock(seconds: 600)
        try await wait(until: "every retry acknowledged", receiver) { $0.acknowledged >= notifications }
        let seconds = Double(Stopwatch.now() - start) / 1e9
        let serverCPU = runner.serverPID.flatMap(CPUTime.ofProcess).flatMap { after in serverBefore.map { after - $0 } }
        let counts = receiver.counts
        return NotificationReport(
            payments: pays.count, paymentsPerSecond: payments.requestsPerSecond, refused: counts.refused,
            acknowledged: counts.acknowledged, seconds: seconds,
            notificationsPerSecond: Double(counts.acknowledged) / seconds, serverCPUSeconds: serverCPU)
    }

    /// The first attempts refused once none has come for 2 s: every notification the payments made.
    private func settled(_ receiver: NotificationReceiver) async throws(LoadError) -> Int {
        var last = receiver.counts.refused
        var quietSince = ContinuousClock.now
        let deadline = ContinuousClock.now + patience
        while ContinuousClock.now - quietSince < .seconds(2) {
            guard ContinuousClock.now < deadline else {
                throw .notificationsStalled("the first attempts to stop", refused: last, acknowledged: 0)
            }
            try? await Task.sleep(for: .milliseconds(50))
            let now = receiver.counts.refused
            if now != last { (last, quietSince) = (now, ContinuousClock.now) }
        }
        return last
    }

    private func wait(
        until what: String, _ receiver: NotificationReceiver, _ done: (NotificationReceiver.Counts) -> Bool
    ) async throws(LoadError) {
        let deadline = ContinuousClock.now + patience
        while !done(receiver.counts) {
            guard ContinuousClock.now < deadline else {
                let counts = receiver.counts
                throw .notificationsStalled(what, refused: counts.refused, acknowledged: counts.acknowledged)
            }
            try? await Task.sleep(for: .milliseconds(1))
        }
    }
}

/// The delivery figure and what it rests on.
public struct NotificationReport: Codable, Sendable {
    public var payments: Int
    /// The untimed first phase: pay requests answered per second (each one's notification refused meanwhile).
    public var paymentsPerSecond: Double
    /// First attempts refused (HTTP 500) before the timed phase, and retries acknowledged in it.
    public var refused: Int
    public var acknowledged: Int
    /// From the clock move to the last acknowledgement.
    public var seconds: Double
    public var notificationsPerSecond: Double
    /// Only with --server-pid: the server's CPU seconds in the timed phase.
    public var serverCPUSeconds: Double?

    /// One line for people.
    public var summary: String {
        "notifications: \(acknowledged) acknowledged in \(String(format: "%.2f", seconds)) s, "
            + "\(Int(notificationsPerSecond.rounded()))/s after a clock move made them all due "
            + "(\(refused) first attempts refused while \(payments) payments were made at "
            + "\(Int(paymentsPerSecond.rounded()))/s)"
            + (serverCPUSeconds.map { ", server CPU \(String(format: "%.2f", $0)) s" } ?? "")
    }
}
