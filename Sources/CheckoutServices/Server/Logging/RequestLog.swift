import CheckoutDomain
import Foundation
import Logging

/// Writes one log line per request: method, path, ids, result, HTTP status and milliseconds; never a body. What the
/// request sent is cleaned here (`CleanedLogText`), so that the line is safe whatever handler writes it.
struct RequestLog: Sendable {
    let logger: Logger

    func record(method: String, path: String, status: Int, summary: ExchangeSummary, elapsed: Duration) {
        var metadata: Logger.Metadata = [
            "status": "\(status)",
            "ms": "\(Self.milliseconds(elapsed))",
        ]
        if let id = summary.paymentRequestId { metadata["paymentRequestId"] = .stringConvertible(CleanedLogText(id)) }
        if let id = summary.paymentId { metadata["paymentId"] = .stringConvertible(CleanedLogText(id)) }
        if let result = summary.result {
            metadata["resultStatus"] = "\(result.resultStatus.rawValue)"
            metadata["resultCode"] = "\(result.resultCode)"
            if result.resultStatus == .failure, let message = result.resultMessage {
                metadata["resultMessage"] = .stringConvertible(CleanedLogText(message))
            }
        }
        if let note = summary.note { metadata["note"] = .stringConvertible(CleanedLogText(note)) }
        logger.info("\(method) \(LogText.clean(path))", metadata: metadata)
    }

    /// Tenths of a millisecond, rounded half up: `12.3`. Integer arithmetic, since `String(format:)` cost a
    /// request more than the rest of its log line (docs/performance.md).
    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let tenths = max(0, seconds * 10_000 + (attoseconds + 50_000_000_000_000) / 100_000_000_000_000)
        return "\(tenths / 10).\(tenths % 10)"
    }
}
