import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

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

    /// Starts the server and returns once it listens, so a port that cannot be bound is thrown here
    /// (`MockAPOServerError.portInUse` or `.cannotBind`), before the caller tells anyone where notifications go.
    /// It serves until `RunningWebhookServer.stop()`, which lets the requests in flight finish, as a signal does
    /// for `serve` itself.
    public func start() async throws(MockAPOServerError) -> RunningWebhookServer {
        let (bound, listening) = AsyncStream.makeStream(of: Int.self)
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [application { port in listening.yield(port) }], logger: logger))
        let (host, port) = (host, port)
        let task = Task {
            defer { listening.finish() }
            do {
                try await group.run()
            } catch {
                throw MockAPOServer.classify(error, host: host, port: port)
            }
        }
        var ports = bound.makeAsyncIterator()
        if let port = await ports.next() {
            return RunningWebhookServer(
                address: ServerAddress(host: host, port: port), path: receiver.path, task: task, group: group)
        }
        switch await task.result {
        case .failure(let error): throw error as? MockAPOServerError ?? .failed("\(error)")
        case .success: throw .failed("the merchant webhook receiver stopped before it listened")
        }
    }

    private func application(onRunning: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol {
        let router = Router()
        receiver.addRoutes(to: router)
        let (logger, host, configuredPort, path) = (logger, host, port, receiver.path)
        return Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? configuredPort
                logger.info("merchant webhook receiver on \(ServerAddress(host: host, port: bound).baseURL)\(path)")
                await onRunning(bound)
            },
            logger: logger)
    }
}
