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

    /// The words read as the strings they are (the result as `APOResult` reads itself): a receiver reads a
    /// notification for each delivery, and a word decoded as its own type costs the decoder a generic step and a
    /// container apiece. What the synthesized decoding refused (a missing or non-string word) is refused alike.
    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        notifyType = NotifyType(rawValue: try fields.decode(String.self, forKey: .notifyType))
        result = try fields.decode(APOResult.self, forKey: .result)
        paymentId = try fields.decodeIfPresent(String.self, forKey: .paymentId)
        paymentRequestId = try fields.decodeIfPresent(String.self, forKey: .paymentRequestId)
        paymentMethodType = try fields.decodeIfPresent(String.self, forKey: .paymentMethodType)
            .map(PaymentMethodType.init(rawValue:))
    }
}
