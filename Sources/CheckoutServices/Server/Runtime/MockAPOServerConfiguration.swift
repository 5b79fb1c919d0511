import CheckoutDomain

/// How `checkout-tui serve` runs: where it listens, whom it serves and how fast its clock of retries runs.
public struct MockAPOServerConfiguration: Sendable {
    /// 127.0.0.1 unless told otherwise: the mock is for the machine it runs on.
    public var host: String
    /// 8480 by default, the port `MockAPOConfig`'s default base URL names; 0 binds a free port.
    public var port: Int
    /// The APO's private key, and the one merchant served unless `merchants` says otherwise.
    public var keys: GatewayKeys
    /// The merchants served (`serve --merchants`), each with its own mock and records; the first answers requests
    /// without a client id. Defaults to the one merchant of `keys`.
    public var merchants: [ServedMerchant]
    /// Divides Antom's notification retry schedule and the request timeout, so a demo sees retries in
    /// seconds instead of hours (60 turns 2 min into 2 s). At least 1.
    public var timeScale: Double
    /// How often due notifications are sent.
    public var notificationInterval: Duration
    /// The Dashboard's notification address (`--notify-url`): used when a request names none.
    public var dashboardNotifyUrl: String?
    /// When set, `/sim/v1/control/…` answers only requests with `Authorization: Bearer <token>`.
    public var controlToken: String?
    /// Header, body and idle timeouts and the connection limit.
    public var limits = ConnectionLimits()
    /// Notification attempts in flight to one merchant endpoint at most: a hung endpoint holds only these.
    public var deliveriesPerEndpoint = 8
    /// Notification attempts in flight in all.
    public var concurrentDeliveries = 64
    /// How often the write-ahead log of a store opened with `WALCheckpoints.background` is checkpointed.
    public var checkpointInterval: Duration = .seconds(1)

    public init(
        host: String = "127.0.0.1", port: Int = 8480, keys: GatewayKeys, timeScale: Double = 1,
        notificationInterval: Duration = .seconds(1), dashboardNotifyUrl: String? = nil, controlToken: String? = nil
    ) {
        self.host = host
        self.port = port
        self.keys = keys
        self.merchants = [ServedMerchant(clientId: keys.clientId, merchantPublicKey: keys.merchantPublicKey)]
        self.timeScale = max(1, timeScale)
        self.notificationInterval = notificationInterval
        self.dashboardNotifyUrl = dashboardNotifyUrl
        self.controlToken = controlToken
    }

    /// How long one notification attempt may take: `HTTPNotificationSink.defaultTimeout` divided by `timeScale`
    /// as the retry schedule is, but never under `notificationTimeoutFloor`.
    public var notificationTimeout: Duration {
        let seconds = Double(HTTPNotificationSink.defaultTimeout.components.seconds) / timeScale
        return max(Self.notificationTimeoutFloor, .seconds(seconds))
    }

    /// The shortest attempt timeout any time scale gives. A merchant's ack that arrives after the timeout is a
    /// failed attempt, retried later, so a floor a busy machine's loopback answer can exceed turns acks into
    /// retries: 100 ms did, under a full CI run (DECISIONS, "A scaled notification timeout never goes under 1 s").
    public static let notificationTimeoutFloor: Duration = .seconds(1)

    /// The configuration of `merchant`'s mock once the server listens at `address`.
    func mockConfig(at address: ServerAddress, for merchant: ServedMerchant) -> MockAPOConfig {
        let defaults = MockAPOConfig()
        return MockAPOConfig(
            baseURL: address.baseURL, clientId: merchant.clientId,
            requestTimeoutSeconds: defaults.requestTimeoutSeconds / timeScale,
            notificationSchedule: NotificationSchedule.antom.map { $0 / timeScale },
            dashboardNotifyUrl: merchant.notifyUrl ?? dashboardNotifyUrl)
    }
}
