import Foundation
import Hummingbird
import Logging

/// The simulator's own merchant server on HTTP: a `WebhookReceiver` listening where scenarios point
/// `paymentNotifyUrl` (`http://localhost:8080/payment/receiveNotify`), so `serve`'s signed notifications are verified
/// and acknowledged without a merchant integration of one's own.
public struct MerchantWebhookServer: Sendable {
    public let receiver: WebhookReceiver
    public let host: String
    public let port: Int
    private let logger: Logger

    public init(receiver: WebhookReceiver, host: String = "127.0.0.1", port: Int = 8080, logger: Logger) {
        self.receiver = receiver
        self.host = host
        self.port = port
        self.logger = logger
    }

    /// Listens until the surrounding task is cancelled; `onRunning` gets the port actually bound.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let router = Router()
        receiver.addRoutes(to: router)
        let (logger, configuredPort) = (logger, port)
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? configuredPort
                logger.info("merchant webhook receiver on http://\(host):\(bound)\(WebhookReceiver.defaultPath)")
                await onRunning(bound)
            },
            logger: logger)
        do {
            try await app.run()
        } catch is CancellationError {
            // Cancelled with the server it serves: a normal stop.
        }
    }
}
