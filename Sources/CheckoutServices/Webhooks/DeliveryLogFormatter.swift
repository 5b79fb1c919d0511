import CheckoutDomain
import Logging

/// Turns notification delivery attempts into one-line entries for the server log, such as
/// `PAYMENT_RESULT attempt 1/8 to http://…/receiveNotify: not acked: HTTP 500 "try later" · attempt 2 of 8 in
/// 2 min, at 2026-01-01T00:02:00+00:00 — HTTP 500; the ack needs HTTP 200 · 35 ms (paymentRequestId REQ-1)`.
public struct DeliveryLogFormatter: Sendable {
    /// The offset times are written in, as `MockAPOConfig.timeZoneSecondsFromGMT`.
    public var secondsFromGMT: Int

    public init(secondsFromGMT: Int = 0) {
        self.secondsFromGMT = secondsFromGMT
    }

    /// One line, without the attempt's own time (the logger stamps it).
    public func line(for attempt: NotificationAttempt) -> String {
        let subject =
            attempt.paymentRequestId.map { " (paymentRequestId \($0))" }
            ?? attempt.paymentId.map { " (paymentId \($0))" } ?? ""
        let at = attempt.nextAttemptAt.map { ", at \(ISOTimestamp.format($0, secondsFromGMT: secondsFromGMT))" } ?? ""
        return "\(attempt.notifyType) attempt \(attempt.attempt)/\(attempt.maximumAttempts) to \(attempt.url): "
            + "\(DeliveryText.outcome(attempt))\(at) — \(DeliveryText.why(attempt))\(subject)"
    }

    /// Info for an acknowledgement, warning for a retry to come, error when the notification is given up.
    public func level(for attempt: NotificationAttempt) -> Logger.Level {
        if attempt.acked { return .info }
        return attempt.nextAttemptAt == nil ? .error : .warning
    }
}
