import CheckoutDomain

/// How `checkout-tui serve` runs: where it listens, whom it serves and how fast its clock of retries runs.
public struct MockAPOServerConfiguration: Sendable {
    /// 127.0.0.1 unless told otherwise: the mock is for the machine it runs on.
    public var host: String
    /// 8480 by default, the port `MockAPOConfig`'s default base URL names; 0 binds a free port.
    public var port: Int
    public var keys: GatewayKeys
    /// Divides Antom's notification retry schedule and the request timeout, so a demo sees retries in
    /// seconds instead of hours (60 turns 2 min into 2 s). At least 1.
    public var timeScale: Double
    /// How often due notifications are sent.
    public var notificationInterval: Duration
    /// The Dashboard's notification address (`--notify-url`): used when a request names none.
    public var dashboardNotifyUrl: String?

    public init(
        host: String = "127.0.0.1", port: Int = 8480, keys: GatewayKeys, timeScale: Double = 1,
        notificationInterval: Duration = .seconds(1), dashboardNotifyUrl: String? = nil
    ) {
        self.host = host
        self.port = port
        self.keys = keys
        self.timeScale = max(1, timeScale)
        self.notificationInterval = notificationInterval
        self.dashboardNotifyUrl = dashboardNotifyUrl
    }

    /// The mock's own configuration once the server listens at `address`.
    func mockConfig(at address: ServerAddress) -> MockAPOConfig {
        let defaults = MockAPOConfig()
        return MockAPOConfig(
            baseURL: address.baseURL, clientId: keys.clientId,
            requestTimeoutSeconds: defaults.requestTimeoutSeconds / timeScale,
            notificationSchedule: NotificationSchedule.antom.map { $0 / timeScale }, dashboardNotifyUrl: dashboardNotifyUrl)
    }
}
