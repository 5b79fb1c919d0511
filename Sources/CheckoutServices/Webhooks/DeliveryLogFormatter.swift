import CheckoutDomain
import Logging

/// Turns notification delivery attempts into one-line entries for the server log and the TUI timeline, such as
/// `PAYMENT_RESULT attempt 2/8 to http://…/receiveNotify: HTTP 500, not acked; next attempt
/// 2026-01-01T00:12:00+00:00 (paymentRequestId REQ-1)`.
public struct DeliveryLogFormatter: Sendable {
    /// The `n` of `attempt k/n`: the length of the schedule the mock runs on.
    public var maximumAttempts: Int
    /// The offset times are written in, as `MockAPOConfig.timeZoneSecondsFromGMT`.
    public var secondsFromGMT: Int

    public init(maximumAttempts: Int = NotificationSchedule.antom.count, secondsFromGMT: Int = 0) {
        self.maximumAttempts = maximumAttempts
        self.secondsFromGMT = secondsFromGMT
    }

    /// One line, without the attempt's own time (the logger and the timeline stamp it).
    public func line(for attempt: NotificationAttempt) -> String {
        let answer =
            attempt.httpStatus.map { "HTTP \($0)" } ?? "no answer (\(attempt.transportError ?? "transport error"))"
        let outcome: String
        if attempt.acked {
            outcome = "acked"
        } else if let next = attempt.nextAttemptAt {
            outcome = "not acked; next attempt \(ISOTimestamp.format(next, secondsFromGMT: secondsFromGMT))"
        } else {
            outcome = "not acked; no attempts left"
        }
        let subject =
            attempt.paymentRequestId.map { " (paymentRequestId \($0))" }
            ?? attempt.paymentId.map { " (paymentId \($0))" } ?? ""
        return "\(attempt.notifyType) attempt \(attempt.attempt)/\(maximumAttempts) to \(attempt.url): "
            + "\(answer), \(outcome)\(subject)"
    }

    /// Info for an acknowledgement, warning for a retry to come, error when the notification is given up.
    public func level(for attempt: NotificationAttempt) -> Logger.Level {
        if attempt.acked { return .info }
        return attempt.nextAttemptAt == nil ? .error : .warning
    }
}
