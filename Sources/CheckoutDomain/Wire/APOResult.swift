import Foundation

/// Whether an API call succeeded (`S`), failed (`F`) or is unknown or in process (`U`).
public enum ResultStatus: String, Codable, Hashable, Sendable {
    case success = "S"
    case failure = "F"
    case unknown = "U"
}

/// The `result` object every Antom response and notification carries.
public struct APOResult: Codable, Hashable, Sendable {
    public var resultCode: ResultCode
    public var resultStatus: ResultStatus
    public var resultMessage: String?

    public init(resultCode: ResultCode, resultStatus: ResultStatus, resultMessage: String? = nil) {
        self.resultCode = resultCode
        self.resultStatus = resultStatus
        self.resultMessage = resultMessage
    }

    /// `SUCCESS` / `S`, with the message Antom's sandbox sends.
    public static let success = APOResult(resultCode: .success, resultStatus: .success, resultMessage: "success.")

    /// A failure with a code from `ResultCode` and a message naming what is wrong.
    public static func failure(_ code: ResultCode, _ message: String) -> APOResult {
        APOResult(resultCode: code, resultStatus: .failure, resultMessage: message)
    }

    /// `PAYMENT_IN_PROCESS` / `U`: the buyer still has something to do, or the result is on its way.
    public static let paymentInProcess = APOResult(
        resultCode: .paymentInProcess, resultStatus: .unknown, resultMessage: "payment in process")

    /// `REFUND_IN_PROCESS` / `U`: an asynchronous refund was accepted; REFUND_RESULT or inquiryRefund tells its end.
    public static let refundInProcess = APOResult(
        resultCode: .refundInProcess, resultStatus: .unknown, resultMessage: "The refund is being processed.")
}
