import Foundation

/// How the buyer completes a method on the page.
public enum PaymentFlow: String, Codable, Hashable, Sendable {
    /// Card number, expiry, CVV and holder name typed into the page.
    case cardForm
    /// A confirm step, then the wallet's or bank's own page (approve, decline or abandon); for a wallet with a
    /// payment sheet (`paymentSheet`), the sheet over the page instead of both.
    case redirect
    /// A code to scan with the wallet app on WEB; a redirect on other terminals.
    case qrCode
    /// A payment number paid later at a store or bank before a deadline.
    case voucher
}

/// A buyer detail a method needs before it can be submitted.
public enum CollectedField: String, Codable, Hashable, Sendable {
    case email
    case cpf
}

/// The lowest and highest amount a method takes in one currency, in minor units.
public struct AmountLimit: Codable, Hashable, Sendable {
    public var min: String?
    public var max: String?

    public init(min: String? = nil, max: String? = nil) {
        self.min = min
        self.max = max
    }
}

/// What the simulator knows about one payment method (`paymentMethodType`).
public struct PaymentMethodInfo: Codable, Hashable, Sendable {
    public var paymentMethodType: PaymentMethodType
    public var displayName: String
    /// Antom's `PaymentMethodCategoryType`: CARD, WALLET, ALIPAY_PLUS, ONLINE_BANKING, BANK_TRANSFER, OTC…
    public var category: String
    public var regions: [String]
    /// The currencies a buyer can be charged in; nil means the order's own currency (cross-border).
    public var currencies: [String]?
    public var limits: [String: AmountLimit]?
    public var flow: PaymentFlow
    public var collects: [CollectedField]
    /// Only ALIPAY_CN, APPLEPAY and GOOGLEPAY can be shown as express checkout.
    public var expressEligible: Bool
    /// APPLEPAY is offered on the hosted page only.
    public var embeddedSupported: Bool
    /// Authorised then captured: goods ship only after CAPTURE_RESULT.
    public var authorizationCapture: Bool
    /// How long a submitted payment stays open before Antom closes it.
    public var timeoutSeconds: Int
    /// Until when `cancel` is accepted; cancelling a paid payment inside it refunds the buyer in full.
    public var cancelWindow: CancelWindow
    /// How many days after the payment `refund` is accepted (REFUND_WINDOW_EXCEED after).
    public var refundWindowDays: Int
    /// The wallet shows its own payment sheet over the page (Google Pay, Apple Pay) instead of sending the buyer
    /// to its page; absent means false.
    public var paymentSheet: Bool?

    /// Whether the buyer pays on a sheet over the page.
    public var presentsSheet: Bool { paymentSheet ?? false }
}
