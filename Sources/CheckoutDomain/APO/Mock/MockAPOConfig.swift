import Foundation

/// How the mock APO presents itself.
public struct MockAPOConfig: Hashable, Sendable {
    /// Where the simulator's pages live; normalUrl, challenge, wallet and QR URLs are built on it.
    public var baseURL: String
    /// The `client-id` the notifications carry.
    public var clientId: String
    /// The region inside `paymentSessionData` (`…&&SG&&188&&…`).
    public var region: String
    /// The offset the answers' timestamps are written in (0 writes `+00:00`).
    public var timeZoneSecondsFromGMT: Int
    /// How long a forced `sessionTimeout` claims to have waited.
    public var requestTimeoutSeconds: Double
    /// Delays between notification attempts; `NotificationSchedule.antom` unless a demo shortens it.
    public var notificationSchedule: [TimeInterval]
    /// The notification address set on the Antom Dashboard, used when a request names none (`serve --notify-url`,
    /// a scenario's `merchant.notifyUrl`).
    public var dashboardNotifyUrl: String?
    /// How many settled payments stay in memory, newest first; older ones are read back from the store when a call
    /// names them. Unsettled payments always stay.
    public var paymentsKeptInMemory: Int

    public init(
        baseURL: String = "http://127.0.0.1:8480",
        clientId: String = "SANDBOX_5Y0566SG25J004124",
        region: String = "SG",
        timeZoneSecondsFromGMT: Int = 0,
        requestTimeoutSeconds: Double = 10,
        notificationSchedule: [TimeInterval] = NotificationSchedule.antom,
        dashboardNotifyUrl: String? = nil,
        paymentsKeptInMemory: Int = 4_096
    ) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.clientId = clientId
        self.region = region
        self.timeZoneSecondsFromGMT = timeZoneSecondsFromGMT
        self.requestTimeoutSeconds = requestTimeoutSeconds
        self.notificationSchedule = notificationSchedule
        self.dashboardNotifyUrl = dashboardNotifyUrl
        self.paymentsKeptInMemory = max(0, paymentsKeptInMemory)
    }
}

/// The paths of the simulator's own pages, for the HTTP server to route.
public enum MockAPOPaths {
    /// The hosted Checkout Page: `?sessionData=<url-encoded paymentSessionData>`.
    public static let checkoutPage = "/checkout-page/pages/payment/index.html"
    /// The 3DS challenge page: `?paymentId=…`.
    public static let challenge = "/page/sandbox/3ds-challenge.html"
    /// The hosted card page (seed 002's `stone-infostaging.html`): `?paymentId=…&pspName=CARD`.
    public static let cardEntry = "/page/sandbox/stone-infostaging.html"
    /// The wallet's or bank's page: `?paymentId=…&pspName=<paymentMethodType>`.
    public static let wallet = "/page/sandbox/wallet.html"
    /// What a QR code encodes: `/qr/<paymentId>`.
    public static let qrCode = "/qr/"
    /// The QR image: `?code=<url-encoded code>&picSize=L|M|S`.
    public static let qrImage = "/merchant/order/showQrImage.htm"
}

/// An outcome a QA run or a demo imposes on the next payment (or, for `sessionTimeout`, the next session).
public enum ForcedOutcome: Codable, Hashable, Sendable {
    /// The payment succeeds, whatever card or method.
    case success
    /// The payment fails with this `paymentResultCode`.
    case decline(paymentResultCode: ResultCode)
    /// A card payment goes through a 3DS challenge even if 3DS was not asked for.
    case challenge
    /// PENDING with a PAYMENT_PENDING notification, then SUCCESS once `after` seconds have passed.
    case processingThenSuccess(after: TimeInterval)
    /// The payment fails with RISK_REJECT.
    case riskReject
    /// The next createPaymentSession gets no answer (`APOClientError.timeout`) and creates nothing.
    case sessionTimeout
    /// The next capture, automatic or by the capture API, fails with this code: CAPTURE_RESULT F, nothing taken,
    /// the authorisation still held.
    case captureFailure(resultCode: ResultCode)

    /// For the timeline.
    public var label: String {
        switch self {
        case .success: "success"
        case .decline(let code): "decline \(code)"
        case .challenge: "3DS challenge"
        case .processingThenSuccess(let after): "processing, then success after \(Int(after)) s"
        case .riskReject: "risk reject"
        case .sessionTimeout: "createPaymentSession timeout"
        case .captureFailure(let code): "capture fails (CAPTURE_RESULT F \(code))"
        }
    }

    /// Whether the outcome applies to a payment (the others wait for a session or a capture).
    var appliesToPayment: Bool {
        switch self {
        case .sessionTimeout, .captureFailure: false
        default: true
        }
    }
}
