import Foundation

/// What a merchant's handler reads of any notification body (the in-process merchant's and `serve`'s webhook
/// receiver's): the fields every type shares.
public struct NotificationProbe: Decodable, Hashable, Sendable {
    public var notifyType: NotifyType
    public var result: APOResult
    public var paymentId: String?
    public var paymentRequestId: String?
    public var paymentMethodType: PaymentMethodType?

    private enum CodingKeys: String, CodingKey {
        case notifyType, result, paymentId, paymentRequestId, paymentMethodType
    }

    private enum ResultKeys: String, CodingKey {
        case resultCode, resultStatus, resultMessage
    }

    /// Every field read as the string it is, the wire words made from it: a receiver reads a notification for each
    /// delivery, and a word decoded as its own type costs the decoder a generic step and a container apiece. What
    /// the synthesized decoding refused (a missing or non-string word, a `resultStatus` other than S, F or U) is
    /// refused alike.
    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        notifyType = NotifyType(rawValue: try fields.decode(String.self, forKey: .notifyType))
        let result = try fields.nestedContainer(keyedBy: ResultKeys.self, forKey: .result)
        let status = try result.decode(String.self, forKey: .resultStatus)
        guard let resultStatus = ResultStatus(rawValue: status) else {
            throw DecodingError.dataCorruptedError(
                forKey: .resultStatus, in: result, debugDescription: "resultStatus must be S, F or U, not '\(status)'")
        }
        self.result = APOResult(
            resultCode: ResultCode(rawValue: try result.decode(String.self, forKey: .resultCode)),
            resultStatus: resultStatus, resultMessage: try result.decodeIfPresent(String.self, forKey: .resultMessage))
        paymentId = try fields.decodeIfPresent(String.self, forKey: .paymentId)
        paymentRequestId = try fields.decodeIfPresent(String.self, forKey: .paymentRequestId)
        paymentMethodType = try fields.decodeIfPresent(String.self, forKey: .paymentMethodType)
            .map(PaymentMethodType.init(rawValue:))
    }
}
