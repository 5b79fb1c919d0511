import CheckoutDomain
import Foundation

/// A timeline entry as reports write it: the kind, the ISO time, and the facts CI checks as separate fields.
public struct ReportTimelineEntry: Codable, Equatable, Sendable {
    /// `sdkEvent`, `apiCall`, `notification`, or the source's name for the rest (`note`, `merchant`, …).
    public var kind: String
    public var time: String
    /// The timeline's own title and facts line, as the screen shows them.
    public var title: String
    public var summary: String
    public var detail: String?
    public var code: String?
    public var api: String?
    public var paymentRequestId: String?
    public var resultStatus: String?
    public var resultCode: ResultCode?
    public var notifyType: NotifyType?
    public var attempt: Int?
    public var acked: Bool?
    /// A notification attempt's HTTP status; absent when no answer came.
    public var httpStatus: Int?
    /// Why no answer came (`timed out after 10 s`, `connection refused`).
    public var transportError: String?
    /// The first 512 bytes of the merchant's answer, card numbers masked.
    public var answer: String?
    /// Why the answer was or was not the ack.
    public var reason: String?
    /// Milliseconds from sending to the answer, when measured.
    public var latencyMs: Int?
    /// When Antom tries again; absent once acked or given up.
    public var nextAttemptAt: String?

    init(_ entry: TimelineEntry) {
        time = ISOTimestamp.format(entry.time)
        title = entry.title
        summary = entry.summary
        detail = entry.detail
        // The summary is `facts · joined · by · dots`, built by TimelineEntry's factories in a fixed order.
        let facts = entry.summary.components(separatedBy: " · ")
        switch entry.source {
        case .sdk:
            kind = "sdkEvent"
            code = entry.title
        case .api, .page:
            kind = "apiCall"
            api = entry.title
            if let result = facts.firstIndex(where: Self.isResult) {
                let parts = facts[result].split(separator: " ", maxSplits: 1).map(String.init)
                resultStatus = parts.first
                resultCode = parts.count > 1 ? ResultCode(rawValue: parts[1]) : nil
                if result > 0 { paymentRequestId = facts[0] }
            } else if facts.count > 1 {
                paymentRequestId = facts[0]
            }
        case .notification:
            kind = "notification"
            guard case .notification(_, _, let delivery?)? = entry.topic else { break }
            paymentRequestId = delivery.paymentRequestId
            notifyType = delivery.notifyType
            attempt = delivery.attempt
            acked = delivery.acked
            httpStatus = delivery.httpStatus
            transportError = delivery.transportError
            answer = delivery.answer
            reason = delivery.verdict.reason
            latencyMs = delivery.latency.map { Int(($0 * 1000).rounded()) }
            nextAttemptAt = delivery.nextAttemptAt.map { ISOTimestamp.format($0) }
        default:
            // Notes, the merchant's front end and the simulator's own steps: the source's case name says enough.
            kind = "\(entry.source)"
        }
    }

    /// `S SUCCESS`, `F PARAM_ILLEGAL`, `U PAYMENT_IN_PROCESS`.
    private static func isResult(_ fact: String) -> Bool {
        let parts = fact.split(separator: " ")
        return parts.count == 2 && ["S", "F", "U"].contains(parts[0])
            && parts[1].allSatisfy { $0.isUppercase || $0 == "_" || $0.isNumber }
    }
}
