import Foundation

/// The body of `createPaymentSession` for the Checkout Page.
public struct CreatePaymentSessionRequest: Codable, Hashable, Sendable {
    /// `CASHIER_PAYMENT`.
    public var productCode: String?
    /// `CHECKOUT_PAYMENT`.
    public var productScene: String?
    public var paymentRequestId: String?
    public var order: Order?
    public var paymentAmount: Amount?
    public var paymentMethod: PaymentMethod?
    public var availablePaymentMethod: AvailablePaymentMethod?
    public var savedPaymentMethods: [PaymentMethod]?
    public var paymentFactor: PaymentFactor?
    public var settlementStrategy: SettlementStrategy?
    public var paymentRedirectUrl: String?
    public var paymentNotifyUrl: String?
    /// ISO 8601; at most one hour after creation (the default).
    public var paymentSessionExpiryTime: String?
    public var env: Env?
    public var locale: String?
    public var merchantRegion: String?
    public var userRegion: String?
    public var allowedPaymentMethodRegions: [String]?

    public init(
        productCode: String? = nil,
        productScene: String? = nil,
        paymentRequestId: String? = nil,
        order: Order? = nil,
        paymentAmount: Amount? = nil,
        paymentMethod: PaymentMethod? = nil,
        availablePaymentMethod: AvailablePaymentMethod? = nil,
        savedPaymentMethods: [PaymentMethod]? = nil,
        paymentFactor: PaymentFactor? = nil,
        settlementStrategy: SettlementStrategy? = nil,
        paymentRedirectUrl: String? = nil,
        paymentNotifyUrl: String? = nil,
        paymentSessionExpiryTime: String? = nil,
        env: Env? = nil,
        locale: String? = nil,
        merchantRegion: String? = nil,
        userRegion: String? = nil,
        allowedPaymentMethodRegions: [String]? = nil
    ) {
        self.productCode = productCode
        self.productScene = productScene
        self.paymentRequestId = paymentRequestId
        self.order = order
        self.paymentAmount = paymentAmount
        self.paymentMethod = paymentMethod
        self.availablePaymentMethod = availablePaymentMethod
        self.savedPaymentMethods = savedPaymentMethods
        self.paymentFactor = paymentFactor
        self.settlementStrategy = settlementStrategy
        self.paymentRedirectUrl = paymentRedirectUrl
        self.paymentNotifyUrl = paymentNotifyUrl
        self.paymentSessionExpiryTime = paymentSessionExpiryTime
        self.env = env
        self.locale = locale
        self.merchantRegion = merchantRegion
        self.userRegion = userRegion
        self.allowedPaymentMethodRegions = allowedPaymentMethodRegions
    }
}

/// What `createPaymentSession` answers.
public struct CreatePaymentSessionResponse: Codable, Hashable, Sendable {
    public var result: APOResult
    /// Opaque data the page is mounted with.
    public var paymentSessionData: String?
    public var paymentSessionExpiryTime: String?
    public var paymentSessionId: String?
    /// The hosted Checkout Page.
    public var normalUrl: String?

    public init(
        result: APOResult,
        paymentSessionData: String? = nil,
        paymentSessionExpiryTime: String? = nil,
        paymentSessionId: String? = nil,
        normalUrl: String? = nil
    ) {
        self.result = result
        self.paymentSessionData = paymentSessionData
        self.paymentSessionExpiryTime = paymentSessionExpiryTime
        self.paymentSessionId = paymentSessionId
        self.normalUrl = normalUrl
    }
}
