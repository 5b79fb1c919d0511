import CheckoutDomain
import Foundation
import Synchronization

/// The simulator's merchant side over HTTP: checks the APO's signature on every notification, answers a valid one
/// as its `NotificationAnswer` says (by default exactly Antom's acknowledgement), and keeps what arrived for display.
///
/// A bad or missing signature is answered HTTP 401 with a `FAIL` result. Antom retries anything but the ack, so
/// 200 would do as well (the JAVA sample answers 200); 401 makes the cause plain in the APO's delivery log, next
/// to the answers given on purpose and the 400s of bodies that are no notification.
public final class WebhookReceiver: Sendable {
    /// The notify path of Antom's samples (`http://www.yourNotifyUrl.com/payment/receiveNotify`).
    public static let defaultPath = "/payment/receiveNotify"
    /// Notifications are a few KiB; anything over this is refused unread.
    public static let maximumBodyBytes = 1 << 20

    /// Where the routes listen.
    public let path: String
    private let publicKey: VerifyingKey
    private let clock: any WallClock
    private let answer: NotificationAnswer
    /// How long a `timeout` answer keeps the APO waiting: well past its timeout, then the ack comes, too late.
    let timeoutHold: Duration
    private let state = Mutex<(verified: Int, deliveries: [WebhookDelivery])>((0, []))

    /// - Parameters:
    ///   - apoPublicKey: the APO's (Antom's) public key, never the merchant's own.
    ///   - answer: how verified notifications are answered (`serve --webhook-answer`).
    ///   - timeoutHold: how long the `timeout` answer waits before it answers.
    public init(
        apoPublicKey: VerifyingKey, path: String = WebhookReceiver.defaultPath, answer: NotificationAnswer = .ack,
        timeoutHold: Duration = .seconds(3 * NotificationSchedule.timeout), clock: any WallClock = SystemClock()
    ) {
        self.publicKey = apoPublicKey
        self.path = path
        self.answer = answer
        self.timeoutHold = timeoutHold
        self.clock = clock
    }

    /// Answers the first `failFirst` verified notifications with HTTP 500, then acks (`.max`: never acks).
    public convenience init(
        apoPublicKey: VerifyingKey, path: String = WebhookReceiver.defaultPath, failFirst: Int,
        clock: any WallClock = SystemClock()
    ) {
        self.init(
            apoPublicKey: apoPublicKey, path: path,
            answer: failFirst > 0 ? NotificationAnswer(kind: .http500, times: failFirst) : .ack, clock: clock)
    }

    /// Every POST answered, oldest first.
    public var deliveries: [WebhookDelivery] { state.withLock { $0.deliveries } }

    /// Answers one POST. `signedPath` is the request's path with its query string, as received: what the APO signed.
    public func receive(signedPath: String, headers: [String: String], body: Data) -> WebhookAnswer {
        do {
            try SignedRequest.verifyWebhook(notifyPath: signedPath, headers: headers, body: body, publicKey: publicKey)
        } catch {
            return reject(status: 401, message: "invalid signature", reason: error.description)
        }
        guard let notification = try? WireCoding.decode(NotificationProbe.self, from: body),
            NotifyType.known.contains(notification.notifyType)
        else {
            return reject(
                status: 400, message: "not an Antom notification",
                reason:
                    "the signed body is not a PAYMENT_RESULT, PAYMENT_PENDING, CAPTURE_RESULT or REFUND_RESULT notification")
        }
        let now = clock.now()
        return state.withLock { state in
            state.verified += 1
            let kind = answer.kind(forNumber: state.verified)
            // `timeout` answers the ack after holding the line past the APO's timeout: a merchant too slow to count.
            let reply = kind.reply ?? (200, NotificationAck.body)
            let given = WebhookAnswer(
                status: reply.status, body: reply.body, hold: kind == .timeout ? timeoutHold : nil)
            state.deliveries.append(
                WebhookDelivery(
                    receivedAt: now,
                    verdict: kind == .ack ? .acknowledged : .answeredOnPurpose(kind.name, number: state.verified),
                    httpStatus: given.status, notifyType: notification.notifyType, paymentId: notification.paymentId,
                    paymentRequestId: notification.paymentRequestId,
                    paymentMethodType: notification.paymentMethodType, result: notification.result))
            return given
        }
    }

    /// Records and answers a POST that is not accepted; `reason` is kept, the answer says only `message`.
    func reject(status: Int, message: String, reason: String) -> WebhookAnswer {
        let delivery = WebhookDelivery(receivedAt: clock.now(), verdict: .rejected(reason: reason), httpStatus: status)
        state.withLock { $0.deliveries.append(delivery) }
        return .failure(status: status, code: "FAIL", message: message)
    }
}
