import Foundation

/// The body of `cancel`: one of the two ids.
public struct CancelRequest: Codable, Hashable, Sendable {
    public var paymentId: String?
    public var paymentRequestId: String?
    public var merchantAccountId: String?

    public init(
        paymentId: String? = nil,
        paymentRequestId: String? = nil,
        merchantAccountId: String? = nil
    ) {
        self.paymentId = paymentId
        self.paymentRequestId = paymentRequestId
        self.merchantAccountId = merchantAccountId
    }
}

/// What `cancel` answers.
public struct CancelResponse: Codable, Hashable, Sendable {
    public var result: APOResult
    public var paymentId: String?
    public var paymentRequestId: String?
    public var cancelTime: String?

    public init(
        result: APOResult,
        paymentId: String? = nil,
        paymentRequestId: String? = nil,
        cancelTime: String? = nil
    ) {
        self.result = result
        self.paymentId = paymentId
        self.paymentRequestId = paymentRequestId
        self.cancelTime = cancelTime
    }
}
