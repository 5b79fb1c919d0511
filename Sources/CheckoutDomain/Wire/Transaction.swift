import Foundation

/// One step of a payment's life in `inquiryPayment.transactions[]`.
public struct Transaction: Codable, Hashable, Sendable {
    /// `AUTHORIZATION`, `CAPTURE`, `REFUND`, `CANCEL`, `PAYMENT`…
    public var transactionType: TransactionType?
    /// `SUCCESS`, `FAIL`, `PROCESSING`, `CANCELLED` or `PENDING`.
    public var transactionStatus: PaymentStatus?
    public var transactionId: String?
    public var transactionRequestId: String?
    public var transactionAmount: Amount?
    public var transactionTime: String?
    public var transactionResult: APOResult?

    public init(
        transactionType: TransactionType? = nil,
        transactionStatus: PaymentStatus? = nil,
        transactionId: String? = nil,
        transactionRequestId: String? = nil,
        transactionAmount: Amount? = nil,
        transactionTime: String? = nil,
        transactionResult: APOResult? = nil
    ) {
        self.transactionType = transactionType
        self.transactionStatus = transactionStatus
        self.transactionId = transactionId
        self.transactionRequestId = transactionRequestId
        self.transactionAmount = transactionAmount
        self.transactionTime = transactionTime
        self.transactionResult = transactionResult
    }
}
