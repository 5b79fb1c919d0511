import CheckoutDomain
import Foundation
import Synchronization

/// The simulator's merchant side over HTTP: checks the APO's signature on every notification, answers a valid one
/// with exactly Antom's acknowledgement, and keeps what arrived for display.
///
/// A bad or missing signature is answered HTTP 401 with a `FAIL` result. Antom retries anything but the exact
/// acknowledgement, so 200 would do as well (the JAVA sample answers 200); 401 makes the cause plain in the APO's
/// delivery log, next to the 500s of `failFirst` and the 400s of bodies that are no notification.
public final class WebhookReceiver: Sendable {
    /// The notify path of Antom's samples (`http://www.yourNotifyUrl.com/payment/receiveNotify`).
    public static let defaultPath = "/payment/receiveNotify"
    /// Notifications are a few KiB; anything over this is refused unread.
    public static let maximumBodyBytes = 1 << 20

    /// Where the routes listen.
    public let path: String
    private let publicKey: VerifyingKey
    private let clock: any WallClock
    private let failFirst: Int
    private let state = Mutex<(verified: Int, deliveries: [WebhookDelivery])>((0, []))

    /// - Parameters:
    ///   - apoPublicKey: the APO's (Antom's) public key, never the merchant's own.
    ///   - failFirst: how many verified notifications to answer with HTTP 500 before acknowledging, to show
    ///     retries (`.max`: never acknowledge).
    public init(
        apoPublicKey: VerifyingKey, path: String = WebhookReceiver.defaultPath, failFirst: Int = 0,
        clock: any WallClock = SystemClock()
    ) {
        self.publicKey = apoPublicKey
        self.path = path
        self.failFirst = max(0, failFirst)
        self.clock = clock
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
            Self.notifyTypes.contains(notification.notifyType)
        else {
            return reject(
                status: 400, message: "not an Antom notification",
                reason:
                    "the signed body is not a PAYMENT_RESULT, PAYMENT_PENDING, CAPTURE_RESULT or REFUND_RESULT notification")
        }
        let now = clock.now()
        return state.withLock { state in
            state.verified += 1
            let failing = state.verified <= failFirst
            let answer: WebhookAnswer =
                failing
                ? .failure(status: 500, code: "SYSTEM_ERROR", message: "simulated failure \(state.verified)")
                : .acknowledgement
            state.deliveries.append(
                WebhookDelivery(
                    receivedAt: now,
                    verdict: failing ? .failedOnPurpose(number: state.verified) : .acknowledged,
                    httpStatus: answer.status, notifyType: notification.notifyType, paymentId: notification.paymentId,
                    paymentRequestId: notification.paymentRequestId,
                    paymentMethodType: notification.paymentMethodType, result: notification.result))
            return answer
        }
    }

    /// Records and answers a POST that is not accepted; `reason` is kept, the answer says only `message`.
    func reject(status: Int, message: String, reason: String) -> WebhookAnswer {
        let delivery = WebhookDelivery(receivedAt: clock.now(), verdict: .rejected(reason: reason), httpStatus: status)
        state.withLock { $0.deliveries.append(delivery) }
        return .failure(status: status, code: "FAIL", message: message)
    }

    private static let notifyTypes: Set<String> = [
        "PAYMENT_RESULT", "PAYMENT_PENDING", "CAPTURE_RESULT", "REFUND_RESULT",
    ]
}

/// The fields of a notification the receiver keeps.
private struct NotificationProbe: Decodable {
    var notifyType: String
    var result: APOResult
    var paymentId: String?
    var paymentRequestId: String?
    var paymentMethodType: String?
}
