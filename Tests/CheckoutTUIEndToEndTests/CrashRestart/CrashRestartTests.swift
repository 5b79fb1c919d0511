import AsyncHTTPClient
import CheckoutDomain
import CheckoutServices
import Foundation
import Testing

/// `checkout-tui serve` killed with SIGKILL under signed load and restarted on the same data directory: every
/// acknowledged payment is still there, replays answer identically, requests in flight at the kill complete as
/// one payment each, and the notification outbox resumes (issue 7, part 3). `CHECKOUT_CRASH_PAYMENTS` and
/// `CHECKOUT_CRASH_WORKERS` scale it (see `CrashScale`).
@Suite(.serialized)
struct CrashRestartTests {
    /// Antom's retry schedule divided by this: attempts come seconds apart instead of minutes.
    static let timeScale = 1000

    // The limit only stops a hang; the CI-sized run takes well under a minute.
    @Test(
        "kill -9 under load, restart: acknowledged payments kept, replays identical, outbox resumes",
        .timeLimit(.minutes(10)))
    func killAndRestart() async throws {
        let scale = try CrashScale.fromEnvironment()
        let binary = try BuiltBinary.path()
        let workspace = try ServeWorkspace()
        defer { workspace.remove() }
        var servers: [ServeProcess] = []
        // Runs on every exit, failures included: no `serve` outlives the test.
        defer { servers.forEach { $0.stopNow() } }
        let merchant = MerchantEndpoint(apoPublicKey: try workspace.apoPublicKey())
        let clients = [GatewayHTTPClient.make(), GatewayHTTPClient.make()]
        let outcome: Result<Void, any Error>
        do {
            try await run(scale: scale, binary: binary, workspace: workspace, merchant: merchant, clients: clients) {
                servers.append($0)
            }
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        await merchant.closeAll()
        for client in clients { try? await client.shutdown() }
        try outcome.get()
    }

    private func run(
        scale: CrashScale, binary: String, workspace: ServeWorkspace, merchant: MerchantEndpoint,
        clients: [HTTPClient], started: (ServeProcess) -> Void
    ) async throws {
        let clock = ContinuousClock()
        let traffic = try CrashTraffic()
        let notifyPort = try await merchant.listen(port: 0)
        // A port for the merchant server that is down from before the tail of the load until after the restart.
        let lateHold = try PortHold()
        let latePort = lateHold.port

        func serve(port: Int, log: Int) async throws -> ServeProcess {
            let server = try await ServeProcess.start(
                binary: binary,
                arguments: [
                    "--port", "\(port)", "--data-dir", workspace.data.path, "--keys-dir", workspace.keys.path,
                    "--notify", "http", "--time-scale", "\(Self.timeScale)",
                ],
                outputPath: workspace.serveLog(log))
            started(server)
            return server
        }
        func apoClient(_ http: HTTPClient, _ server: ServeProcess) throws -> HTTPAPOClient {
            HTTPAPOClient(
                configuration: HTTPAPOClientConfiguration(
                    gatewayURL: server.baseURL, clientId: MockAPOConfig().clientId,
                    merchantPrivateKey: try workspace.merchantPrivateKey(), apoPublicKey: try workspace.apoPublicKey()),
                httpClient: http)
        }

        // 1. Load, and the kill while calls are in flight.
        let first = try await serve(port: 0, log: 1)
        let loadStart = clock.now
        let load = CrashLoad(
            client: try apoClient(clients[0], first), traffic: traffic, target: scale.payments, workers: scale.workers,
            tail: scale.tail, notifyURL: MerchantEndpoint.notifyURL(port: notifyPort),
            lateNotifyURL: MerchantEndpoint.notifyURL(port: latePort))
        let (exchanges, reachedTarget) = await load.run { first.kill9() }
        let loadTime = clock.now - loadStart
        first.stopNow()
        let acknowledged = exchanges.filter { $0.answer != nil }
        let unanswered = exchanges.filter { $0.answer == nil }
        guard reachedTarget else {
            throw E2EError(
                "the load stopped before \(scale.payments) acknowledged pays: "
                    + "\(unanswered.first?.paymentRequestId ?? "?") got no answer "
                    + "(\(unanswered.first?.failure ?? "no failure recorded")) while the server was up\n"
                    + first.outputTail())
        }
        let killStatus = first.reap(blocking: true) ?? -1
        #expect(
            ServeProcess.killedBySIGKILL(killStatus),
            "the first server ended with wait status \(killStatus), not by SIGKILL")

        // What the kill left on disk: notifications still owed (the tail's merchant was down, so some are).
        let atKill = try SQLiteAPOStore(directory: workspace.data).loadAll()
        let owedAtKill = atKill.outbox.filter {
            $0.notifyType == "PAYMENT_RESULT" && $0.status == .pending
                && ($0.paymentRequestId ?? "").hasPrefix(traffic.payPrefix)
        }
        #expect(
            owedAtKill.count >= 1,
            "no PAYMENT_RESULT was still owed at the kill, so the outbox's resumption is not exercised")

        // 2. Restart on the same data directory and port; the tail's merchant comes up too.
        let restartStart = clock.now
        let second = try await serve(port: first.port, log: 2)
        let restartTime = clock.now - restartStart
        lateHold.release()
        _ = try await merchant.listen(port: latePort)

        // 3. Every exchange checked against the restarted server.
        let checks = RestartChecks(client: try apoClient(clients[1], second))
        let checkStart = clock.now
        let results = await concurrently(exchanges, width: scale.workers) { await checks.check($0) }
        let checkTime = clock.now - checkStart
        Self.report(results.flatMap(\.problems), "of \(exchanges.count) exchanges checked after the restart")

        // 4. The outbox resumes: every SUCCESS payment's PAYMENT_RESULT reaches the merchant, at least once.
        let paid = Set(results.compactMap(\.paid))
        let notifyStart = clock.now
        let missing = await merchant.waitForPaymentResults(of: paid, within: scale.notificationWait)
        let notifyTime = clock.now - notifyStart
        Self.report(
            missing.sorted { $0.paymentRequestId < $1.paymentRequestId }.map {
                "\($0.paymentRequestId): paymentId \($0.paymentId) is SUCCESS, but no PAYMENT_RESULT for it was "
                    + "acknowledged by the merchant within \(scale.notificationWait) of the restart"
            }, "of \(paid.count) paid payments")
        // The server's own record of those acks, which step 5 checks: an ack that came after its attempt's timeout
        // is recorded only when a later attempt is acknowledged in time.
        let unrecorded = try await RecordedAcks(data: workspace.data).waitForAcks(
            of: Set(paid.subtracting(missing).map(\.paymentId)), within: scale.notificationWait)
        Self.report(
            unrecorded.sorted().map {
                "paymentId \($0): the merchant acknowledged its PAYMENT_RESULT, but the restarted server has not "
                    + "recorded an acknowledged one within \(scale.notificationWait)"
            }, "of \(paid.count) paid payments")
        let deliveries = merchant.receiver.deliveries
        Self.report(
            deliveries.compactMap { delivery in
                // A POST that the kill cut short arrives without its whole body; the retry after the restart is what
                // must be acknowledged (`missing` above), so only a refusal of a whole body is a problem.
                guard case .rejected(let reason) = delivery.verdict, !reason.hasPrefix("the body could not be read")
                else { return nil }
                return "the merchant refused a notification: \(reason)"
            }, "of \(deliveries.count) notification deliveries")

        // 5. A clean stop, then the records themselves: one payment per paymentRequestId, one session per
        // createPaymentSession id, and every PAYMENT_RESULT acknowledged exactly once in the outbox.
        let stopStatus = await second.terminate(within: .seconds(15))
        #expect(
            ServeProcess.exitedCleanly(stopStatus),
            "the restarted server did not exit 0 on SIGTERM (wait status \(stopStatus))")
        let final = try SQLiteAPOStore(directory: workspace.data).loadAll()
        let sessionIds = Set(exchanges.filter { !$0.isPay }.map(\.paymentRequestId))
        Self.report(
            StoredRecordChecks.problems(in: final, paid: paid, sessionIds: sessionIds),
            "in the records after the restart")

        let paymentResults = deliveries.filter { $0.verdict == .acknowledged && $0.notifyType == "PAYMENT_RESULT" }
        let duplicates = paymentResults.count - Set(paymentResults.compactMap(\.paymentId)).count
        let unansweredPays = results.compactMap(\.unansweredPayFound)
        print(
            """
            crash-restart: \(scale.workers) workers, \(acknowledged.filter(\.isPay).count) pays and \
            \(acknowledged.filter { !$0.isPay }.count) sessions acknowledged in \(loadTime); \
            \(unanswered.count) calls unanswered at the kill (pays: \(unansweredPays.filter { $0 }.count) found \
            after the restart, \(unansweredPays.filter { !$0 }.count) absent); \(owedAtKill.count) PAYMENT_RESULT \
            owed at the kill; restart listening in \(restartTime); \(exchanges.count) checks and replays in \
            \(checkTime); PAYMENT_RESULT acknowledged for \(paid.count - missing.count) of \(paid.count) paid \
            payments \(notifyTime) after the checks (\(duplicates) duplicates, allowed: at least once)
            """)
    }

    /// Records the first `limit` problems as issues, and how many there were in all.
    private static func report(_ problems: [String], _ context: String, limit: Int = 20) {
        for problem in problems.prefix(limit) { Issue.record(Comment(rawValue: problem)) }
        if problems.count > limit {
            Issue.record(Comment(rawValue: "\(problems.count) problems \(context); the first \(limit) are shown"))
        }
    }
}
