import Foundation

/// The body of `inquiryPayment`: one of the two ids (`paymentId` wins).
public struct InquiryPaymentRequest: Codable, Hashable, Sendable {
    public var paymentRequestId: String?
    public var paymentId: String?
    public var merchantAccountId: String?

    public init(
        paymentRequestId: String? = nil,
        paymentId: String? = nil,
        merchantAccountId: String? = nil
    ) {
        self.paymentRequestId = paymentRequestId
        self.paymentId = paymentId
        self.merchantAccountId = merchantAccountId
    }
}

/// What `inquiryPayment` answers; `result` only says whether the inquiry itself worked.
public struct InquiryPaymentResponse: Codable, Hashable, Sendable {
    public var result: APOResult
    /// `SUCCESS`, `FAIL`, `PROCESSING`, `CANCELLED` or `PENDING`.
    public var paymentStatus: PaymentStatus?
    public var paymentResultCode: ResultCode?
    public var paymentResultMessage: String?
    public var paymentRequestId: String?
    public var paymentId: String?
    public var paymentAmount: Amount?
    public var actualPaymentAmount: Amount?
    public var authExpiryTime: String?
    public var paymentCreateTime: String?
    public var paymentTime: String?
    public var paymentMethodType: PaymentMethodType?
    public var paymentResultInfo: PaymentResultInfo?
    public var transactions: [Transaction]?
    public var redirectActionForm: RedirectActionForm?
    public var pspCustomerInfo: PspCustomerInfo?
    public var cardInfo: CardInfo?
    public var acquirerInfo: AcquirerInfo?
    /// Where the buyer was sent to pay (seeds 002 and 003 show it in inquiry answers).
    public var paymentRedirectUrl: String?

    public init(
        result: APOResult,
        paymentStatus: PaymentStatus? = nil,
        paymentResultCode: ResultCode? = nil,
        paymentResultMessage: String? = nil,
        paymentRequestId: String? = nil,
        paymentId: String? = nil,
        paymentAmount: Amount? = nil,
        actualPaymentAmount: Amount? = nil,
        authExpiryTime: String? = nil,
        paymentCreateTime: String? = nil,
        paymentTime: String? = nil,
        paymentMethodType: PaymentMethodType? = nil,
        paymentResultInfo: PaymentResultInfo? = nil,
        transactions: [Transaction]? = nil,
        redirectActionForm: RedirectActionForm? = nil,
        pspCustomerInfo: PspCustomerInfo? = nil,
        cardInfo: CardInfo? = nil,
        acquirerInfo: AcquirerInfo? = nil,
        paymentRedirectUrl: String? = nil
    ) {
        self.result = result
        self.paymentStatus = paymentStatus
        self.paymentResultCode = paymentResultCode
        self.paymentResultMessage = paymentResultMessage
        self.paymentRequestId = paymentRequestId
        self.paymentId = paymentId
        self.paymentAmount = paymentAmount
        self.actualPaymentAmount = actualPaymentAmount
        self.authExpiryTime = authExpiryTime
        self.paymentCreateTime = paymentCreateTime
        self.paymentTime = paymentTime
        self.paymentMethodType = paymentMethodType
        self.paymentResultInfo = paymentResultInfo
        self.transactions = transactions
        self.redirectActionForm = redirectActionForm
        self.pspCustomerInfo = pspCustomerInfo
        self.cardInfo = cardInfo
        self.acquirerInfo = acquirerInfo
        self.paymentRedirectUrl = paymentRedirectUrl
    }
}
