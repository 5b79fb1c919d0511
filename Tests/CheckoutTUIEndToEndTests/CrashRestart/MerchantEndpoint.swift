import CheckoutDomain
import CheckoutServices
import Foundation
import Logging
import Synchronization

/// The merchant's webhook endpoint in the test process: one `WebhookReceiver` (it verifies the APO's signature
/// and answers Antom's exact acknowledgement, keeping every delivery) mounted on as many `MerchantWebhookServer`s
/// as the test opens, each on its own loopback port.
final class MerchantEndpoint: Sendable {
    let receiver: WebhookReceiver
    private let servers = Mutex<[Int: RunningWebhookServer]>([:])
    private let logger: Logger

    init(apoPublicKey: VerifyingKey) {
        receiver = WebhookReceiver(apoPublicKey: apoPublicKey)
        var logger = Logger(label: "crash-restart.merchant")
        // Hummingbird logs each start and stop: noise in this test's output.
        logger.logLevel = .critical
        self.logger = logger
    }

    /// The `paymentNotifyUrl` that reaches a server of this endpoint on `port`.
    static func notifyURL(port: Int) -> String {
        "http://127.0.0.1:\(port)\(WebhookReceiver.defaultPath)"
    }

    /// Starts a server on `port` (0: a free one) and returns the port it listens on.
    func listen(port: Int) async throws -> Int {
        let server = MerchantWebhookServer(receiver: receiver, host: "127.0.0.1", port: port, logger: logger)
        let running: RunningWebhookServer
        do {
            running = try await server.start()
        } catch {
            throw E2EError("the merchant webhook server on port \(port) failed: \(error)")
        }
        let listening = running.address.port
        servers.withLock { $0[listening] = running }
        return listening
    }

    /// Stops the server on `port` and waits until it has let go of the port.
    func close(port: Int) async {
        let server = servers.withLock { $0.removeValue(forKey: port) }
        server?.stop()
        _ = await server?.stopped()
    }

    /// Stops every server this endpoint opened.
    func closeAll() async {
        let running = servers.withLock { servers in
            defer { servers = [:] }
            return Array(servers.values)
        }
        for server in running { server.stop() }
        for server in running { _ = await server.stopped() }
    }

    /// Polls until each payment in `paid` has an acknowledged, successful PAYMENT_RESULT naming it; returns those
    /// still missing after `limit`.
    func waitForPaymentResults(of paid: Set<PaidPayment>, within limit: Duration) async -> Set<PaidPayment> {
        let deadline = ContinuousClock.now + limit
        var missing = paid
        while true {
            missing.subtract(
                receiver.deliveries.compactMap { delivery -> PaidPayment? in
                    guard delivery.verdict == .acknowledged, delivery.notifyType == "PAYMENT_RESULT",
                        delivery.result?.resultStatus == .success, let id = delivery.paymentRequestId,
                        let paymentId = delivery.paymentId
                    else { return nil }
                    return PaidPayment(paymentRequestId: id, paymentId: paymentId)
                })
            if missing.isEmpty || ContinuousClock.now >= deadline { return missing }
            try? await Task.sleep(for: .milliseconds(200))
        }
    }
}
