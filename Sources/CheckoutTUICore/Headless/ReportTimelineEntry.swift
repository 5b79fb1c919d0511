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
    public var resultCode: String?
    public var notifyType: String?
    public var attempt: Int?
    public var acked: Bool?

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
                resultCode = parts.count > 1 ? parts[1] : nil
                if result > 0 { paymentRequestId = facts[0] }
            } else if facts.count > 1 {
                paymentRequestId = facts[0]
            }
        case .notification:
            kind = "notification"
            // paymentRequestId? · notifyType · #attempt · acked (HTTP 200)
            let reversed = Array(facts.reversed())
            acked = reversed.first?.hasPrefix("acked")
            attempt = reversed.count > 1 ? Int(reversed[1].dropFirst()) : nil
            notifyType = reversed.count > 2 ? reversed[2] : nil
            paymentRequestId = reversed.count > 3 ? reversed[3] : nil
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
