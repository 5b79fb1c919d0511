import Foundation

/// How one notification attempt reads in the timeline, the serve log and the mock's activity log.
public enum DeliveryText {
    /// What came back: `HTTP 500 "try later"`, `HTTP 200`, `no answer: timed out after 10 s`.
    public static func answer(_ attempt: NotificationAttempt) -> String {
        guard let status = attempt.httpStatus else {
            return "no answer: \(attempt.transportError ?? "no answer")"
        }
        return AnswerExcerpt.quote(attempt.answer).map { "HTTP \(status) \"\($0)\"" } ?? "HTTP \(status)"
    }

    /// The attempt's outcome: `acked (HTTP 200)`, `not acked: HTTP 500 "try later" · attempt 2 of 8 in 2 min`,
    /// `not acked: HTTP 500 "try later" · gave up after 8 attempts`.
    public static func outcome(_ attempt: NotificationAttempt) -> String {
        guard !attempt.acked else { return "acked (HTTP \(attempt.httpStatus ?? 200))" }
        let next: String
        if let due = attempt.nextAttemptAt {
            next = "attempt \(attempt.attempt + 1) of \(attempt.maximumAttempts) in "
                + DurationText.span(due.timeIntervalSince(attempt.time))
        } else if attempt.status == .exhausted {
            next = "gave up after \(attempt.attempt) attempts"
        } else {
            next = "no more attempts (\(attempt.status.rawValue))"
        }
        return "not acked: \(answer(attempt)) · \(next)"
    }

    /// Why, with what was measured: `HTTP 500; the ack needs HTTP 200 · 35 ms`.
    public static func why(_ attempt: NotificationAttempt) -> String {
        let latency = attempt.latency.map { " · \(milliseconds($0))" } ?? ""
        return attempt.verdict.reason + latency
    }

    /// `35 ms`, `1204 ms`, `10 s`.
    public static func milliseconds(_ seconds: TimeInterval) -> String {
        guard seconds < 10 else { return DurationText.seconds(seconds) }
        return "\(Int((seconds * 1000).rounded())) ms"
    }
}
