import Foundation
import Synchronization

/// Where the mock APO posts notifications: an HTTP client in the server, an in-process merchant in the TUI and tests.
public protocol NotificationSink: Sendable {
    /// Posts `notification.body` to `notification.url` and reports what the merchant answered.
    func deliver(_ notification: OutboundNotification) async -> DeliveryOutcome
    /// How many notifications may be in flight at once: 1 keeps an in-process merchant's order deterministic;
    /// an HTTP sink posts many at once, so one slow merchant does not hold up a backlog.
    var concurrentDeliveries: Int { get }
}

extension NotificationSink {
    public var concurrentDeliveries: Int { 1 }
}

/// One POST Antom makes to the merchant's `paymentNotifyUrl`.
public struct OutboundNotification: Codable, Hashable, Sendable {
    /// The outbox entry; the same for every attempt of this notification.
    public var id: String
    public var url: String
    /// `PAYMENT_RESULT`, `PAYMENT_PENDING` or `CAPTURE_RESULT`.
    public var notifyType: String
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
        id: String, url: String, notifyType: String, body: Data, attempt: Int, paymentId: String?,
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

/// What came back from one delivery attempt.
public struct DeliveryOutcome: Codable, Hashable, Sendable {
    /// The HTTP status; nil when no answer came.
    public var httpStatus: Int?
    /// Why no answer came (connection refused, timeout…).
    public var transportError: String?
    public var responseBody: Data

    public init(httpStatus: Int?, transportError: String? = nil, responseBody: Data = Data()) {
        self.httpStatus = httpStatus
        self.transportError = transportError
        self.responseBody = responseBody
    }

    /// An HTTP answer.
    public static func response(status: Int, body: Data) -> DeliveryOutcome {
        DeliveryOutcome(httpStatus: status, responseBody: body)
    }

    /// An HTTP answer with a text body.
    public static func response(status: Int, text: String) -> DeliveryOutcome {
        DeliveryOutcome(httpStatus: status, responseBody: Data(text.utf8))
    }

    /// No answer at all.
    public static func transportFailure(_ reason: String) -> DeliveryOutcome {
        DeliveryOutcome(httpStatus: nil, transportError: reason)
    }

    /// HTTP 200 with Antom's fixed acknowledgement.
    public static let acknowledged = DeliveryOutcome.response(status: 200, body: NotificationAck.body)

    /// Whether this answer stops the retries: HTTP 200 and exactly the fixed acknowledgement.
    public var isAcknowledgement: Bool { httpStatus == 200 && NotificationAck.matches(responseBody) }
}

/// The one answer that tells Antom a notification arrived (seed 003, "Return a receipt acknowledgement message").
public enum NotificationAck {
    /// `{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}`.
    public static let text = #"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}"#
    public static let body = Data(text.utf8)

    private static let expected: JSONValue = .object([
        "result": .object([
            "resultCode": .string("SUCCESS"), "resultStatus": .string("S"), "resultMessage": .string("success"),
        ])
    ])

    /// True when `body` is JSON equal to the acknowledgement: whitespace and key order do not matter; every
    /// value, its letter case and the absence of other keys do.
    public static func matches(_ body: Data) -> Bool {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: body) else { return false }
        return value == expected
    }
}

/// Antom's retry schedule (seed 003 FAQ, DOCS nrs): up to 8 attempts; the delays between consecutive attempts
/// are 0 s, 2 min, 10 min, 10 min, 1 h, 2 h, 6 h, 15 h, so attempts go out at 0, 2, 12, 22, 82, 202, 562 and
/// 1,462 minutes when the merchant never acknowledges.
public enum NotificationSchedule {
    /// `delays[n]` is the wait before attempt n + 1, measured from attempt n (attempt 1 goes out at once).
    public static let antom: [TimeInterval] = [0, 120, 600, 600, 3600, 7200, 21600, 54000]
}

/// What one delivery attempt gave, as `deliverDueNotifications()` reports it.
public struct NotificationAttempt: Codable, Hashable, Sendable {
    public var notificationId: String
    public var notifyType: String
    public var url: String
    public var paymentId: String?
    public var paymentRequestId: String?
    /// 1 to 8.
    public var attempt: Int
    public var time: Date
    public var httpStatus: Int?
    public var transportError: String?
    public var acked: Bool
    /// When the next attempt is due; nil when there is none.
    public var nextAttemptAt: Date?
    /// The notification's state after this attempt.
    public var status: OutboxStatus

    public init(
        notificationId: String, notifyType: String, url: String, paymentId: String?, paymentRequestId: String?,
        attempt: Int, time: Date, httpStatus: Int?, transportError: String?, acked: Bool, nextAttemptAt: Date?,
        status: OutboxStatus
    ) {
        self.notificationId = notificationId
        self.notifyType = notifyType
        self.url = url
        self.paymentId = paymentId
        self.paymentRequestId = paymentRequestId
        self.attempt = attempt
        self.time = time
        self.httpStatus = httpStatus
        self.transportError = transportError
        self.acked = acked
        self.nextAttemptAt = nextAttemptAt
        self.status = status
    }
}

/// A notification the in-process merchant accepted.
public struct ReceivedNotification: Hashable, Sendable {
    public var notification: OutboundNotification
    public var notifyType: String
    public var result: APOResult
    public var paymentId: String?
    public var paymentRequestId: String?
    public var paymentMethodType: String?
}

/// The merchant's webhook endpoint, in process: acknowledges every well-formed notification with Antom's fixed
/// answer, keeps what it received, and knows when an order may ship.
public final class MerchantWebhookReceiver: NotificationSink {
    private let received = Mutex<[ReceivedNotification]>([])
    private static let notifyTypes: Set<String> = [
        "PAYMENT_RESULT", "PAYMENT_PENDING", "CAPTURE_RESULT", "REFUND_RESULT",
    ]

    public init() {}

    public func deliver(_ notification: OutboundNotification) async -> DeliveryOutcome {
        struct Probe: Decodable {
            var notifyType: String
            var result: APOResult
            var paymentId: String?
            var paymentRequestId: String?
            var paymentMethodType: String?
        }
        guard let probe = try? JSONDecoder().decode(Probe.self, from: notification.body),
            Self.notifyTypes.contains(probe.notifyType)
        else {
            let answer = APOResult.failure(ResultCode.paramIllegal, "not an Antom notification body")
            return .response(status: 400, body: WireCoding.encode(["result": answer]))
        }
        let entry = ReceivedNotification(
            notification: notification, notifyType: probe.notifyType, result: probe.result,
            paymentId: probe.paymentId, paymentRequestId: probe.paymentRequestId,
            paymentMethodType: probe.paymentMethodType)
        received.withLock { $0.append(entry) }
        return .acknowledged
    }

    /// Every notification accepted, in arrival order (repeats included).
    public var notifications: [ReceivedNotification] { received.withLock { $0 } }

    /// Whether the merchant may ship the order of `paymentId`: for CARD only after a successful CAPTURE_RESULT,
    /// otherwise after a successful PAYMENT_RESULT (seed 003: "If it is CARD, you need to wait for a notification
    /// of CAPTURE_RESULT type before making the decision to ship").
    public func isShipReady(paymentId: String) -> Bool {
        let mine = notifications.filter { $0.paymentId == paymentId && $0.result.resultStatus == .success }
        guard let payment = mine.first(where: { $0.notifyType == "PAYMENT_RESULT" }) else { return false }
        if payment.paymentMethodType == "CARD" {
            return mine.contains { $0.notifyType == "CAPTURE_RESULT" }
        }
        return true
    }
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

    public func deliver(_ notification: OutboundNotification) async -> DeliveryOutcome {
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
