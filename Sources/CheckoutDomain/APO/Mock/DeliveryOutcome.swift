import Foundation

/// What came back from one delivery attempt: an HTTP answer, or why there was none.
public struct DeliveryOutcome: Codable, Hashable, Sendable {
    /// The HTTP status; nil when no answer came.
    public var httpStatus: Int?
    /// Why no answer came; nil when one did.
    public var noAnswer: NoAnswer?
    public var responseBody: Data
    /// Seconds from sending to the answer's last byte (or to giving up); nil when not measured (in process).
    public var latency: TimeInterval?

    public init(
        httpStatus: Int?, noAnswer: NoAnswer? = nil, responseBody: Data = Data(), latency: TimeInterval? = nil
    ) {
        self.httpStatus = httpStatus
        self.noAnswer = noAnswer
        self.responseBody = responseBody
        self.latency = latency
    }

    /// An HTTP answer.
    public static func response(status: Int, body: Data) -> DeliveryOutcome {
        DeliveryOutcome(httpStatus: status, responseBody: body)
    }

    /// An HTTP answer with a text body.
    public static func response(status: Int, text: String) -> DeliveryOutcome {
        DeliveryOutcome(httpStatus: status, responseBody: Data(utf8Of: text))
    }

    /// No answer at all.
    public static func noAnswer(_ reason: NoAnswer, latency: TimeInterval? = nil) -> DeliveryOutcome {
        DeliveryOutcome(httpStatus: nil, noAnswer: reason, latency: latency)
    }

    /// No answer, for a reason told in words (`"not sent: …"`).
    public static func transportFailure(_ reason: String) -> DeliveryOutcome {
        .noAnswer(.other(reason))
    }

    /// HTTP 200 with Antom's fixed acknowledgement.
    public static let acknowledged = DeliveryOutcome.response(status: 200, body: NotificationAck.body)

    /// This outcome with its measured latency.
    public func measured(_ seconds: TimeInterval) -> DeliveryOutcome {
        var copy = self
        copy.latency = seconds
        return copy
    }

    /// Why no answer came, in words: `timed out after 10 s`, `connection refused`.
    public var transportError: String? { noAnswer?.description }

    /// Whether this answer stops the retries, and why (docs/DECISIONS.md, "The notification ack").
    public var verdict: AckVerdict { NotificationAck.verdict(for: self) }

    /// Whether this answer stops the retries.
    public var isAcknowledgement: Bool { verdict.acked }
}

/// Why a delivery attempt got no HTTP answer.
public enum NoAnswer: Codable, Hashable, Sendable, CustomStringConvertible {
    /// Nothing came back within the sender's timeout.
    case timedOut(seconds: TimeInterval)
    /// Nothing listens at the address.
    case connectionRefused
    /// Any other reason (DNS, TLS, a reset, a URL that cannot be posted to), in words.
    case other(String)

    public var description: String {
        switch self {
        case .timedOut(let seconds): "timed out after \(DurationText.seconds(seconds))"
        case .connectionRefused: "connection refused"
        case .other(let reason): reason
        }
    }
}

/// Short durations as people write them: `10 s`, `0.3 s`, `2 min`, `1 h`, `15 h`, `1 h 30 min`.
public enum DurationText {
    /// Seconds with at most one decimal: `10 s`, `0.3 s`.
    public static func seconds(_ seconds: TimeInterval) -> String {
        let tenths = (seconds * 10).rounded() / 10
        return tenths == tenths.rounded() ? "\(Int(tenths)) s" : "\(tenths) s"
    }

    /// The largest units that fit, two at most: `45 s`, `2 min`, `1 h 30 min`, `2 d 3 h`.
    public static func span(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded())
        guard total >= 60 else { return self.seconds(seconds) }
        let units: [(String, Int)] = [("d", 86_400), ("h", 3600), ("min", 60), ("s", 1)]
        var parts: [String] = []
        var left = total
        for (name, size) in units where left >= size && parts.count < 2 {
            parts.append("\(left / size) \(name)")
            left %= size
            if left == 0 { break }
        }
        return parts.joined(separator: " ")
    }
}
