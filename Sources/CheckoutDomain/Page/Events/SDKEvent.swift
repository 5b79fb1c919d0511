import Foundation

/// One `onEventCallback({code, message, result})` call, stamped with when it happened and which payment it concerns.
///
/// `time` and `paymentRequestId` are the simulator's additions, so one timeline can line SDK events up with
/// API calls and notifications. Never carries a full card number (see `CardPaymentResultInfo`).
public struct SDKEvent: Codable, Hashable, Sendable {
    public var code: SDKEventCode
    public var message: String?
    public var result: SDKEventResult?
    public var time: Date
    public var paymentRequestId: String?

    public init(
        code: SDKEventCode, message: String? = nil, result: SDKEventResult? = nil, time: Date,
        paymentRequestId: String? = nil
    ) {
        self.code = code
        self.message = message
        self.result = result
        self.time = time
        self.paymentRequestId = paymentRequestId
    }
}

/// The `result` object of an SDK event: the payment's result code and message, and masked card details.
public struct SDKEventResult: Codable, Hashable, Sendable {
    public var paymentResultCode: ResultCode?
    public var paymentResultMessage: String?
    /// The APO answer's `result.resultCode` (third-party CKP code reads it too).
    public var resultCode: ResultCode?
    /// `S`, `F` or `U`.
    public var resultStatus: String?
    /// Card flows only (reference §4: "在卡支付场景下 ... 收到 cardPaymentResultInfo").
    public var cardPaymentResultInfo: CardPaymentResultInfo?

    public init(
        paymentResultCode: ResultCode? = nil, paymentResultMessage: String? = nil, resultCode: ResultCode? = nil,
        resultStatus: String? = nil, cardPaymentResultInfo: CardPaymentResultInfo? = nil
    ) {
        self.paymentResultCode = paymentResultCode
        self.paymentResultMessage = paymentResultMessage
        self.resultCode = resultCode
        self.resultStatus = resultStatus
        self.cardPaymentResultInfo = cardPaymentResultInfo
    }
}
