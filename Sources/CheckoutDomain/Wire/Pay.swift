import Foundation

/// The body of the `pay` API (server-to-server payments).
public struct PayRequest: Codable, Hashable, Sendable {
    public var productCode: String?
    public var paymentRequestId: String?
    public var order: Order?
    public var paymentAmount: Amount?
    public var paymentMethod: PaymentMethod?
    public var paymentRedirectUrl: String?
    public var paymentNotifyUrl: String?
    public var paymentExpiryTime: String?
    public var paymentFactor: PaymentFactor?
    public var settlementStrategy: SettlementStrategy?
    public var env: Env?
    public var merchantRegion: String?
    public var userRegion: String?

    public init(
        productCode: String? = nil,
        paymentRequestId: String? = nil,
        order: Order? = nil,
        paymentAmount: Amount? = nil,
        paymentMethod: PaymentMethod? = nil,
        paymentRedirectUrl: String? = nil,
        paymentNotifyUrl: String? = nil,
        paymentExpiryTime: String? = nil,
        paymentFactor: PaymentFactor? = nil,
        settlementStrategy: SettlementStrategy? = nil,
        env: Env? = nil,
        merchantRegion: String? = nil,
        userRegion: String? = nil
    ) {
        self.productCode = productCode
        self.paymentRequestId = paymentRequestId
        self.order = order
        self.paymentAmount = paymentAmount
        self.paymentMethod = paymentMethod
        self.paymentRedirectUrl = paymentRedirectUrl
        self.paymentNotifyUrl = paymentNotifyUrl
        self.paymentExpiryTime = paymentExpiryTime
        self.paymentFactor = paymentFactor
        self.settlementStrategy = settlementStrategy
        self.env = env
        self.merchantRegion = merchantRegion
        self.userRegion = userRegion
    }
}

/// What `pay` answers.
public struct PayResponse: Codable, Hashable, Sendable {
    public var result: APOResult
    public var paymentRequestId: String?
    public var paymentId: String?
    public var paymentAmount: Amount?
    public var actualPaymentAmount: Amount?
    public var paymentCreateTime: String?
    public var paymentTime: String?
    public var authExpiryTime: String?
    public var normalUrl: String?
    public var schemeUrl: String?
    public var applinkUrl: String?
    public var redirectActionForm: RedirectActionForm?
    public var orderCodeForm: OrderCodeForm?
    public var paymentResultInfo: PaymentResultInfo?
    /// The redirect as a JSON string (`{"method":"GET","paymentActionFormType":"RedirectActionForm",…}`), as seeds
    /// 002 and 004 show it next to `redirectActionForm`.
    public var paymentActionForm: String?
    public var acquirerInfo: AcquirerInfo?

    public init(
        result: APOResult,
        paymentRequestId: String? = nil,
        paymentId: String? = nil,
        paymentAmount: Amount? = nil,
        actualPaymentAmount: Amount? = nil,
        paymentCreateTime: String? = nil,
        paymentTime: String? = nil,
        authExpiryTime: String? = nil,
        normalUrl: String? = nil,
        schemeUrl: String? = nil,
        applinkUrl: String? = nil,
        redirectActionForm: RedirectActionForm? = nil,
        orderCodeForm: OrderCodeForm? = nil,
        paymentResultInfo: PaymentResultInfo? = nil,
        paymentActionForm: String? = nil,
        acquirerInfo: AcquirerInfo? = nil
    ) {
        self.result = result
        self.paymentRequestId = paymentRequestId
        self.paymentId = paymentId
        self.paymentAmount = paymentAmount
        self.actualPaymentAmount = actualPaymentAmount
        self.paymentCreateTime = paymentCreateTime
        self.paymentTime = paymentTime
        self.authExpiryTime = authExpiryTime
        self.normalUrl = normalUrl
        self.schemeUrl = schemeUrl
        self.applinkUrl = applinkUrl
        self.redirectActionForm = redirectActionForm
        self.orderCodeForm = orderCodeForm
        self.paymentResultInfo = paymentResultInfo
        self.paymentActionForm = paymentActionForm
        self.acquirerInfo = acquirerInfo
    }
}
