import CheckoutDomain
import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// `checkout-tui serve`: the mock APO on HTTP (Hummingbird 2), with its notification outbox ticking every second.
public struct MockAPOServer: Sendable {
    public let configuration: MockAPOServerConfiguration
    /// Each merchant's records, by client id.
    let stores: [String: any APOStore]
    let clock: any WallClock
    let ids: any IDGenerator
    let merchant: any NotificationSink
    let logger: Logger

    /// `store` keeps the mock's records (of the first merchant, the only one without `configuration.merchants`;
    /// `stores` gives each merchant its own); `merchant` answers notifications (the in-process merchant unless an
    /// HTTP webhook sender is given). Every notification is also signed and listed by `/sim/v1/notifications`.
    public init(
        configuration: MockAPOServerConfiguration, store: any APOStore, logger: Logger,
        clock: any WallClock = SystemClock(), ids: any IDGenerator = RandomIDGenerator(),
        merchant: any NotificationSink = MerchantWebhookReceiver(keeping: .nothing)
    ) {
        self.init(
            configuration: configuration, stores: [configuration.merchants.first?.clientId ?? "": store], logger: logger,
            clock: clock, ids: ids, merchant: merchant)
    }

    /// One store per merchant of `configuration.merchants`, by client id.
    public init(
        configuration: MockAPOServerConfiguration, stores: [String: any APOStore], logger: Logger,
        clock: any WallClock = SystemClock(), ids: any IDGenerator = RandomIDGenerator(),
        merchant: any NotificationSink = MerchantWebhookReceiver(keeping: .nothing)
    ) {
        self.configuration = configuration
        self.stores = stores
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
        let mocks = MerchantMocks()
        // The machine's time, moved on by `/sim/v1/control/clock`; every mock of the server reads it.
        let simulatedClock = OffsetClock(base: clock)
        let sink = CapturingNotificationSink(key: configuration.keys.apoPrivateKey, inner: merchant, logger: logger)
        let pump = Doorbell()
        let setupFailure = Mutex<MockAPOServerError?>(nil)
        let responder = SimulatorResponder(
            mocks: mocks, keys: configuration.keys, merchants: configuration.merchants, notifications: sink,
            simulation: ServerSimulation(clock: simulatedClock, mocks: mocks, notifications: sink, pump: pump),
            control: ControlAccess(token: configuration.controlToken), host: configuration.host,
            money: MoneyFormatter(currencies: currencies), logger: logger)
        let host = configuration.host
        let limits = configuration.limits
        let connections = ConnectionCounter(maximum: limits.maxConnections, logger: logger)
        let app = Application(
            responder: responder,
            server: .guarded(
                limits, counter: connections,
                rejections: ConnectionRejections(
                    signer: ResponseSigner(key: configuration.keys.apoPrivateKey),
                    defaultClientId: configuration.merchants.first?.clientId ?? configuration.keys.clientId),
                logger: logger),
            configuration: ApplicationConfiguration(
                address: .hostname(host, port: configuration.port), serverName: nil,
                availableConnectionsDelegate: connections.delegate),
            services: [
                NotificationPump(
                    mocks: mocks, interval: configuration.notificationInterval, doorbell: pump,
                    scheduler: DeliveryScheduler(
                        sink: sink, perEndpoint: configuration.deliveriesPerEndpoint,
                        total: configuration.concurrentDeliveries, doorbell: pump)),
                WALCheckpointer(
                    stores: WALCheckpointer.needed(by: stores.values), interval: configuration.checkpointInterval,
                    logger: logger),
            ],
            onServerRunning: { [self] channel in
                let address = ServerAddress(host: host, port: channel.localAddress?.port ?? configuration.port)
                do {
                    mocks.set(
                        try configuration.merchants.map { merchant in
                            guard let store = stores[merchant.clientId] else {
                                throw MockAPOServerError.setupFailed("no store was given for client-id \(merchant.clientId)")
                            }
                            let apo = try MockAPO(
                                clock: simulatedClock, ids: ids, store: LoggingAPOStore(store, logger: logger),
                                catalog: catalog, currencies: currencies, testCards: testCards, sink: sink,
                                config: configuration.mockConfig(at: address, for: merchant))
                            return (merchant.clientId, apo)
                        })
                } catch {
                    setupFailure.withLock { $0 = (error as? MockAPOServerError) ?? .setupFailed(String(describing: error)) }
                    try? await channel.close()
                    return
                }
                let served = configuration.merchants.map(\.clientId).joined(separator: ", ")
                logger.info("mock APO listening on \(address.baseURL) for client-id \(served)")
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
