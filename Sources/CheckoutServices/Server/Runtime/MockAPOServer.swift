import CheckoutDomain
import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// `checkout-tui serve`: the mock APO on HTTP (Hummingbird 2), with its notification outbox ticking every second.
public struct MockAPOServer: Sendable {
    public let configuration: MockAPOServerConfiguration
    let store: any APOStore
    let clock: any WallClock
    let ids: any IDGenerator
    let merchant: any NotificationSink
    let logger: Logger

    /// `store` keeps the mock's records; `merchant` answers notifications (the in-process merchant until an
    /// HTTP webhook sender is wired in). Every notification is also signed and listed by `/sim/v1/notifications`.
    public init(
        configuration: MockAPOServerConfiguration, store: any APOStore, logger: Logger,
        clock: any WallClock = SystemClock(), ids: any IDGenerator = RandomIDGenerator(),
        merchant: any NotificationSink = MerchantWebhookReceiver()
    ) {
        self.configuration = configuration
        self.store = store
        self.clock = clock
        self.ids = ids
        self.merchant = merchant
        self.logger = logger
    }

    /// Listens until the surrounding task is cancelled, or until SIGINT/SIGTERM when `handlesSignals`.
    /// `onRunning` is called once the port is bound and the mock is ready, with the address actually bound
    /// (port 0 picks a free one).
    public func run(
        handlesSignals: Bool = false,
        onRunning: @escaping @Sendable (ServerAddress) async -> Void = { _ in }
    ) async throws(MockAPOServerError) {
        let (catalog, currencies, testCards) = try loadBundledData()
        let handle = MockAPOHandle()
        let sink = CapturingNotificationSink(key: configuration.keys.apoPrivateKey, inner: merchant, logger: logger)
        let setupFailure = Mutex<MockAPOServerError?>(nil)
        let responder = SimulatorResponder(
            handle: handle, keys: configuration.keys, notifications: sink, money: MoneyFormatter(currencies: currencies),
            logger: logger)
        let host = configuration.host
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port), serverName: nil),
            services: [NotificationPump(handle: handle, interval: configuration.notificationInterval)],
            onServerRunning: { [self] channel in
                let address = ServerAddress(host: host, port: channel.localAddress?.port ?? configuration.port)
                do {
                    handle.set(
                        try MockAPO(
                            clock: clock, ids: ids, store: store, catalog: catalog, currencies: currencies,
                            testCards: testCards, sink: sink, config: configuration.mockConfig(at: address)))
                } catch {
                    setupFailure.withLock { $0 = .setupFailed(String(describing: error)) }
                    try? await channel.close()
                    return
                }
                logger.info("mock APO listening on \(address.baseURL) for client-id \(configuration.keys.clientId)")
                await onRunning(address)
            },
            logger: logger)
        do {
            if handlesSignals {
                try await app.runService()
            } else {
                try await app.run()
            }
        } catch is CancellationError {
            // The surrounding task was cancelled: a normal stop, as a signal is.
        } catch {
            // A failed setup closed the listening channel, which the service group reports as an unexpected end.
            throw setupFailure.withLock({ $0 }) ?? Self.classify(error, host: host, port: configuration.port)
        }
        if let failure = setupFailure.withLock({ $0 }) { throw failure }
    }

    private func loadBundledData() throws(MockAPOServerError) -> (PaymentMethodCatalog, CurrencyTable, SandboxTestCards) {
        do {
            return (try .bundled(), try .bundled(), try .bundled())
        } catch {
            throw .setupFailed(error.description)
        }
    }

    /// NIO reports a busy port as `IOError` EADDRINUSE from `bind`.
    static func classify(_ error: any Error, host: String, port: Int) -> MockAPOServerError {
        if let io = error as? IOError {
            if io.errnoCode == EADDRINUSE { return .portInUse(host: host, port: port) }
            return .cannotBind(host: host, port: port, reason: io.description)
        }
        if error is SocketAddressError {
            return .cannotBind(host: host, port: port, reason: "\(error)")
        }
        return .failed("\(error)")
    }
}
