import CheckoutDomain
import Foundation

/// What the webhook receiver answers: an HTTP status and the exact body bytes, sent at once or after `hold`.
public struct WebhookAnswer: Hashable, Sendable {
    public var status: Int
    public var body: Data
    /// How long to wait before answering (the `timeout` answer); nil: at once.
    public var hold: Duration?

    public init(status: Int, body: Data, hold: Duration? = nil) {
        self.status = status
        self.body = body
        self.hold = hold
    }

    /// HTTP 200 with exactly `{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}`.
    public static let acknowledgement = WebhookAnswer(status: 200, body: NotificationAck.body)

    /// A `resultStatus` F answer, which the APO does not take as an acknowledgement and so retries.
    static func failure(status: Int, code: ResultCode, message: String) -> WebhookAnswer {
        let result = APOResult(resultCode: code, resultStatus: .failure, resultMessage: message)
        return WebhookAnswer(status: status, body: WireCoding.encode(["result": result]))
    }
}
