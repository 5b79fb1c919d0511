import AsyncHTTPClient
import CheckoutDomain
import CheckoutServices
import CheckoutTUICore
import Foundation
import Synchronization

/// The APO over HTTP for one run: the signed merchant client, the page's calls (the served mock's `/sim/v1`, or
/// the pay API and inquiry polling against Antom's gateway) and, with a served mock, its notification list.
struct RemoteAPO {
    let merchantServer: HTTPAPOClient
    let checkoutPage: any CheckoutPageService
    let notifications: (any MerchantNotificationFeed)?
    /// A served mock's levers (`/sim/v1/control`), moving `clock` with the server's; nil against Antom's gateway.
    let controls: (any SimulationControls)?
    /// True against `checkout-tui serve`, false against Antom's gateway.
    let isSimulator: Bool
    private let httpClient: HTTPClient

    /// Connects as `options` say; errors name the key file or the URL. `clock` is the app's, which the levers of a
    /// served mock move on with the server's.
    static func connect(
        _ options: GatewayOptions, request: CreatePaymentSessionRequest, clock: any TimeTraveling = OffsetClock()
    ) async throws -> RemoteAPO {
        guard let url = options.apo, let clientId = options.clientId, let privatePath = options.merchantPrivateKey,
            let publicPath = options.apoPublicKey
        else { throw CommandFailure("--apo needs --client-id, --merchant-private-key and --apo-public-key") }
        let privateKey: SigningKey
        let publicKey: VerifyingKey
        do {
            privateKey = try SigningKey(contentsOf: URL(fileURLWithPath: privatePath))
            publicKey = try VerifyingKey(contentsOf: URL(fileURLWithPath: publicPath))
        } catch {
            throw CommandFailure(error.description)
        }
        let httpClient = GatewayHTTPClient.make()
        let client = HTTPAPOClient(
            configuration: HTTPAPOClientConfiguration(
                gatewayURL: url, clientId: clientId, merchantPrivateKey: privateKey, apoPublicKey: publicKey),
            httpClient: httpClient)
        let listing = SimulatorNotificationsClient(baseURL: url, httpClient: httpClient)
        if await listing.isSimulator() {
            let controls = HTTPSimulationControls(
                client: SimulatorControlClient(
                    baseURL: url, httpClient: httpClient,
                    token: options.controlToken ?? ProcessInfo.processInfo.environment["CHECKOUT_TUI_CONTROL_TOKEN"]),
                clientId: clientId, localClock: clock)
            await controls.synchronize()
            return RemoteAPO(
                merchantServer: client, checkoutPage: HTTPCheckoutPageService(baseURL: url, httpClient: httpClient),
                notifications: ServedNotificationFeed(client: listing, paymentRequestId: request.paymentRequestId),
                controls: controls, isSimulator: true, httpClient: httpClient)
        }
        return RemoteAPO(
            merchantServer: client, checkoutPage: GatewayCheckoutPageService(apo: client, request: request),
            notifications: nil, controls: nil, isSimulator: false, httpClient: httpClient)
    }

    /// The same APO as the TUI core takes it.
    var headless: RemoteHeadlessAPO {
        RemoteHeadlessAPO(
            merchantServer: merchantServer, checkoutPage: checkoutPage, notifications: notifications, controls: controls)
    }

    /// Closes the connections (AsyncHTTPClient requires it before the client is released).
    func shutdown() async {
        try? await httpClient.shutdown()
    }
}

/// Notification attempts a served mock made for this run's payment, each reported once, for the timeline.
final class ServedNotificationFeed: MerchantNotificationFeed {
    private let client: SimulatorNotificationsClient
    private let paymentRequestId: String?
    private let seen = SeenAttempts()

    init(client: SimulatorNotificationsClient, paymentRequestId: String?) {
        self.client = client
        self.paymentRequestId = paymentRequestId
    }

    func deliverDue() async -> [DeliveredNotification] {
        guard let list = try? await client.list(paymentRequestId: paymentRequestId) else { return [] }
        // An attempt is reported once the APO has recorded it (its status is set), so its next attempt is known.
        return list.filter { $0.status != nil && seen.insert("\($0.id)#\($0.attempt)") }.map { signed in
            let attempt = signed.deliveryAttempt
            let body = Data(signed.body.utf8)
            let result = try? WireCoding.decode(NotifyPaymentRequest.self, from: body).result
            let capture = signed.notifyType == .captureResult && signed.acked
                ? try? WireCoding.decode(NotifyCaptureRequest.self, from: body) : nil
            return DeliveredNotification(attempt: attempt, capture: capture, result: result)
        }
    }
}

/// The attempts already reported, shared by the feed's calls.
private final class SeenAttempts: Sendable {
    private let keys = Mutex<Set<String>>([])

    func insert(_ key: String) -> Bool {
        keys.withLock { $0.insert(key).inserted }
    }
}
