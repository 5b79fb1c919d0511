import CheckoutDomain

/// The simulator's own JSON API for what the buyer does on Antom's pages (not an Antom API: the web SDK's
/// traffic is private, so these stand for it). Unsigned, and answered only to callers on the same host.
/// The paths come from `SimulatorRoute`, where each is declared.
public enum BuyerPaths {
    public static let prefix = SimulatorRoute.prefix

    /// `/sim/v1/<call>`: each of the page's calls is routed under the name `PageCall` gives it everywhere.
    public static func path(_ call: PageCall) -> String { SimulatorRoute(call).path }

    /// The page's calls' routes.
    public static let calls = PageCall.allCases.map(path)
    public static let loadSession = path(.loadSession)
    public static let submitPayment = path(.submitPayment)
    public static let completeChallenge = path(.completeChallenge)
    public static let completeRedirect = path(.completeRedirect)
    public static let enterCard = path(.enterCard)
    /// GET: the notifications the mock has sent, each with the exact signed headers and body.
    public static let notifications = SimulatorRoute.notifications.path
}
