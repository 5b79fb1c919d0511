import Foundation
import Synchronization

/// Where the mock APO posts notifications: an HTTP client in the server, an in-process merchant in the TUI and tests.
public protocol NotificationSink: Sendable {
    /// Posts `notification.body` to `notification.url` and reports what the merchant answered. On its caller's
    /// executor: an in-process merchant answers in place. A sink that signs or posts over HTTP marks its witness
    /// `@concurrent`, so that work runs on the pool: a plain `async` witness runs on the caller's executor too
    /// (`serve`'s delivery scheduler, an actor, then signed every notification itself, one at a time).
    nonisolated(nonsending) func deliver(_ notification: OutboundNotification) async -> DeliveryOutcome
    /// How many notifications may be in flight at once: 1 keeps an in-process merchant's order deterministic;
    /// an HTTP sink posts many at once, so one slow merchant does not hold up a backlog.
    var concurrentDeliveries: Int { get }
    /// Told how an attempt this sink delivered was judged and when the next one is due, once it is recorded.
    func attemptRecorded(_ attempt: NotificationAttempt)
}

extension NotificationSink {
    public var concurrentDeliveries: Int { 1 }
    public func attemptRecorded(_ attempt: NotificationAttempt) {}
}

/// One POST Antom makes to the merchant's `paymentNotifyUrl`.
public struct OutboundNotification: Codable, Hashable, Sendable {
    /// The outbox entry; the same for every attempt of this notification.
    public var id: String
    public var url: String
    /// `PAYMENT_RESULT`, `PAYMENT_PENDING` or `CAPTURE_RESULT`.
    public var notifyType: NotifyType
    /// The exact bytes to post (WireCoding: sorted keys) and to sign.
    public var body: Data
    /// 1 for the first attempt, up to 8.
    public var attempt: Int
    public var paymentId: String?
    public var paymentRequestId: String?
    /// The `request-time` of this attempt.
    public var requestTime: Date
    /// The `client-id` header value.
    public var clientId: String

    public init(
        id: String, url: String, notifyType: NotifyType, body: Data, attempt: Int, paymentId: String?,
        paymentRequestId: String?, requestTime: Date, clientId: String
    ) {
        self.id = id
        self.url = url
        self.notifyType = notifyType
        self.body = body
        self.attempt = attempt
        self.paymentId = paymentId
        self.paymentRequestId = paymentRequestId
        self.requestTime = requestTime
        self.clientId = clientId
    }

    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// Antom's retry schedule (seed 003 FAQ, DOCS nrs): up to 8 attempts; the delays between consecutive attempts
/// are 0 s, 2 min, 10 min, 10 min, 1 h, 2 h, 6 h, 15 h, so attempts go out at 0, 2, 12, 22, 82, 202, 562 and
/// 1,462 minutes when the merchant never acknowledges.
public enum NotificationSchedule {
    /// `delays[n]` is the wait before attempt n + 1, measured from attempt n (attempt 1 goes out at once).
    public static let antom: [TimeInterval] = [0, 120, 600, 600, 3600, 7200, 21600, 54000]
    /// How long one attempt waits for the merchant's answer. Antom does not publish its timeout; 10 s is generous
    /// for a webhook handler that should answer at once.
    public static let timeout: TimeInterval = 10
}

/// What one delivery attempt gave, as `deliverDueNotifications()` reports it.
public struct NotificationAttempt: Codable, Hashable, Sendable {
    public var notificationId: String
    public var notifyType: NotifyType
    public var url: String
    public var paymentId: String?
    public var paymentRequestId: String?
    /// 1 to `maximumAttempts`.
    public var attempt: Int
    /// The length of the retry schedule: the `8` of "attempt 2 of 8".
    public var maximumAttempts: Int
    public var time: Date
    public var httpStatus: Int?
    /// Why no answer came (`timed out after 10 s`, `connection refused`); nil when one did.
    public var transportError: String?
    /// The first 512 bytes of the answer, card numbers masked; nil when there was none or it was empty.
    public var answer: String?
    /// Seconds from sending to the answer (or to giving up); nil when not measured.
    public var latency: TimeInterval?
    /// Whether the answer is the ack, and why.
    public var verdict: AckVerdict
    /// When the next attempt is due; nil when there is none.
    public var nextAttemptAt: Date?
    /// The notification's state after this attempt.
    public var status: OutboxStatus

    public init(
        notificationId: String, notifyType: NotifyType, url: String, paymentId: String?, paymentRequestId: String?,
        attempt: Int, maximumAttempts: Int = NotificationSchedule.antom.count, time: Date, httpStatus: Int?,
        transportError: String?, answer: String? = nil, latency: TimeInterval? = nil, verdict: AckVerdict,
        nextAttemptAt: Date?, status: OutboxStatus
    ) {
        self.notificationId = notificationId
        self.notifyType = notifyType
        self.url = url
        self.paymentId = paymentId
        self.paymentRequestId = paymentRequestId
        self.attempt = attempt
        self.maximumAttempts = maximumAttempts
        self.time = time
        self.httpStatus = httpStatus
        self.transportError = transportError
        self.answer = answer
        self.latency = latency
        self.verdict = verdict
        self.nextAttemptAt = nextAttemptAt
        self.status = status
    }

    /// Whether the merchant's answer stopped the retries.
    public var acked: Bool { verdict.acked }
}

/// A merchant endpoint that answers with `failure` the first `failures` times, then acknowledges.
/// `ScriptedNotificationSink(failures: .max)` never acknowledges.
public final class ScriptedNotificationSink: NotificationSink {
    private let state = Mutex<(calls: Int, delivered: [OutboundNotification])>((0, []))
    private let failures: Int
    private let failure: DeliveryOutcome
    private let success: DeliveryOutcome

    public init(
        failures: Int,
        failure: DeliveryOutcome = .response(status: 500, text: "Internal Server Error"),
        success: DeliveryOutcome = .acknowledged
    ) {
        self.failures = failures
        self.failure = failure
        self.success = success
    }

    /// Always answers `outcome`.
    public static func always(_ outcome: DeliveryOutcome) -> ScriptedNotificationSink {
        ScriptedNotificationSink(failures: .max, failure: outcome)
    }

    public nonisolated(nonsending) func deliver(_ notification: OutboundNotification) async -> DeliveryOutcome {
        let call = state.withLock { state -> Int in
            state.calls += 1
            state.delivered.append(notification)
            return state.calls
        }
        return call <= failures ? failure : success
    }

    /// Every attempt made to this sink, in order.
    public var delivered: [OutboundNotification] { state.withLock { $0.delivered } }
}
