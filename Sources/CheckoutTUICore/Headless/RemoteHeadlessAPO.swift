import CheckoutDomain

/// An APO over HTTP as a headless run needs it: the merchant server's signed client, the page's calls and the
/// merchant's notifications; the executable builds them (`checkout-tui play --apo`).
public struct RemoteHeadlessAPO: Sendable {
    public let merchantServer: any APOClient
    public let checkoutPage: any CheckoutPageService
    public let notifications: (any MerchantNotificationFeed)?

    public init(
        merchantServer: any APOClient, checkoutPage: any CheckoutPageService,
        notifications: (any MerchantNotificationFeed)?
    ) {
        self.merchantServer = merchantServer
        self.checkoutPage = checkoutPage
        self.notifications = notifications
    }
}
