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

    private enum CodingKeys: String, CodingKey {
        case resultCode, resultStatus, resultMessage
    }

    /// The code and status read as the strings they are, the words made from them: every answer and notification
    /// carries a result, and a word decoded as its own type costs the decoder a generic step and a container apiece.
    /// What the synthesized decoding refused (a missing or non-string code or status, a status other than S, F or
    /// U) is refused alike, with its message.
    public init(from decoder: any Decoder) throws {
        // In the synthesized order, so a body wrong twice is refused for the same field.
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        let code = try fields.decode(String.self, forKey: .resultCode)
        let status = try fields.decode(String.self, forKey: .resultStatus)
        guard let resultStatus = ResultStatus(rawValue: status) else {
            throw DecodingError.dataCorruptedError(
                forKey: .resultStatus, in: fields,
                debugDescription: "Cannot initialize ResultStatus from invalid String value \(status)")
        }
        self.init(
            resultCode: ResultCode(rawValue: code), resultStatus: resultStatus,
            resultMessage: try fields.decodeIfPresent(String.self, forKey: .resultMessage))
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
