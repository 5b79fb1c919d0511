import CheckoutDomain

/// An APO over HTTP as the app needs it: the merchant server's signed client, the page's calls, the merchant's
/// notifications and, when the APO offers them, the QA levers; the executable builds them (`--apo`).
public struct RemoteHeadlessAPO: Sendable {
    public let merchantServer: any APOClient
    public let checkoutPage: any CheckoutPageService
    public let notifications: (any MerchantNotificationFeed)?
    /// Forcing outcomes and time travel over HTTP, when the APO is a served simulator that offers them.
    public let controls: (any SimulationControls)?

    public init(
        merchantServer: any APOClient, checkoutPage: any CheckoutPageService,
        notifications: (any MerchantNotificationFeed)?, controls: (any SimulationControls)? = nil
    ) {
        self.merchantServer = merchantServer
        self.checkoutPage = checkoutPage
        self.notifications = notifications
        self.controls = controls
    }
}
