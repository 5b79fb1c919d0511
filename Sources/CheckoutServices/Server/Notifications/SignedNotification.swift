import CheckoutDomain
import Foundation

/// One notification attempt exactly as the APO posts it: target, signed headers and body text.
///
/// Listed by `GET /sim/v1/notifications` so a merchant's webhook verifier (JAVA `WebhookTool.checkSignature`,
/// PY `check_signature`, reference §1.5) can be tested against what the mock sends.
public struct SignedNotification: Codable, Hashable, Sendable {
    public var id: String
    public var notifyType: NotifyType
    public var url: String
    /// The URL's path and query: what the signature covers (reference §1.5: "domain part excluded").
    public var path: String
    public var attempt: Int
    public var paymentId: String?
    public var paymentRequestId: String?
    /// The `client-id` header.
    public var clientId: String
    /// The `request-time` header.
    public var requestTime: String
    /// When the attempt was made, to the millisecond (`requestTime` has whole seconds): the timeline orders an
    /// attempt by it among the calls made in the same second. Absent from servers before it was added.
    public var sentAt: String?
    /// The `signature` header: `algorithm=RSA256,keyVersion=1,signature=…`.
    public var signature: String
    /// The body, byte for byte as posted and signed.
    public var body: String
    /// The merchant's HTTP status; nil when no answer came.
    public var httpStatus: Int?
    /// Why no answer came (`timed out after 10 s`, `connection refused`).
    public var transportError: String?
    /// The first 512 bytes of the merchant's answer, card numbers masked.
    public var answer: String?
    /// Seconds from sending to the answer.
    public var latency: Double?
    /// Whether the answer stopped the retries (docs/DECISIONS.md, "The notification ack").
    public var acked: Bool
    /// Why the answer was or was not taken as the ack.
    public var reason: String?
    /// The kind of failure, for `acked` false (`serverError`, `timedOut`, `notAnAck`…).
    public var failure: DeliveryFailure?
    /// When the next attempt is due (ISO 8601); absent when acked or given up.
    public var nextAttemptAt: String?
    /// `pending`, `acked` or `exhausted` after this attempt; absent until the APO has recorded it.
    public var status: OutboxStatus?
    /// The length of the retry schedule.
    public var maximumAttempts: Int?

    /// Signs `notification` with the APO private key over POST, its URL's path, client id, time and body.
    public init(_ notification: OutboundNotification, key: SigningKey) throws(SigningError) {
        let path = Self.signedPath(of: notification.url)
        let time = RequestTime(date: notification.requestTime, format: .iso8601)
        let headers = try SignedRequest.signRequest(
            method: "POST", path: path, clientId: notification.clientId, requestTime: time, body: notification.body,
            key: key)
        id = notification.id
        notifyType = notification.notifyType
        url = notification.url
        self.path = path
        attempt = notification.attempt
        paymentId = notification.paymentId
        paymentRequestId = notification.paymentRequestId
        clientId = notification.clientId
        requestTime = time.text
        sentAt = ISOTimestamp.formatMilliseconds(notification.requestTime)
        signature = headers.first { $0.name == AntomHeaderName.signature }?.value ?? ""
        body = notification.bodyText
        acked = false
    }

    /// The headers the attempt is posted with, signature included.
    public var headers: [SignedRequest.Header] {
        [
            (AntomHeaderName.contentType, SignedRequest.contentType), (AntomHeaderName.clientId, clientId),
            (AntomHeaderName.requestTime, requestTime), (AntomHeaderName.signature, signature),
        ]
    }

    /// Takes in what the merchant answered.
    mutating func answered(_ outcome: DeliveryOutcome) {
        let verdict = outcome.verdict
        httpStatus = outcome.httpStatus
        transportError = outcome.transportError
        answer = AnswerExcerpt.of(outcome.responseBody)
        latency = outcome.latency
        acked = verdict.acked
        reason = verdict.reason
        failure = verdict.failure
    }

    /// Takes in the APO's record of this attempt: its verdict and when the next one is due.
    mutating func recorded(_ attempt: NotificationAttempt) {
        acked = attempt.acked
        reason = attempt.verdict.reason
        failure = attempt.verdict.failure
        nextAttemptAt = attempt.nextAttemptAt.map { ISOTimestamp.format($0) }
        status = attempt.status
        maximumAttempts = attempt.maximumAttempts
    }

    /// `/payNotify?x=1` from `https://merchant.example/payNotify?x=1`; `/` when the URL has no path.
    static func signedPath(of url: String) -> String {
        guard let components = URLComponents(string: url) else { return url }
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        return components.percentEncodedQuery.map { path + "?" + $0 } ?? path
    }
}

extension SignedNotification {
    /// This attempt as the TUI's timeline takes it in, with what the merchant answered and why it was or was not
    /// the ack; `acked` and a 200 are all an attempt listed before the APO recorded it can say.
    public var deliveryAttempt: NotificationAttempt {
        let verdict =
            reason.map { AckVerdict(acked: acked, failure: failure, reason: $0) }
            ?? AckVerdict(acked: acked, failure: nil, reason: acked ? "the ack" : "not judged yet")
        return NotificationAttempt(
            notificationId: id, notifyType: notifyType, url: url, paymentId: paymentId,
            paymentRequestId: paymentRequestId, attempt: attempt,
            maximumAttempts: maximumAttempts ?? NotificationSchedule.antom.count,
            time: ISOTimestamp.parse(sentAt ?? requestTime) ?? Date(), httpStatus: httpStatus, transportError: transportError,
            answer: answer, latency: latency, verdict: verdict, nextAttemptAt: nextAttemptAt.flatMap(ISOTimestamp.parse),
            status: status ?? (acked ? .acked : .pending))
    }
}
