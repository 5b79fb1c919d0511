import CheckoutDomain
import Foundation

/// What the restarted server kept, read from its SQLite records after it stopped: one payment per
/// paymentRequestId, one session per createPaymentSession id, one acknowledged PAYMENT_RESULT per payment.
enum StoredRecordChecks {
    static func problems(in snapshot: APOSnapshot, paid: Set<PaidPayment>, sessionIds: Set<String>) -> [String] {
        var problems: [String] = []
        let ordered = paid.sorted { $0.paymentRequestId < $1.paymentRequestId }
        let paymentsByRequest = Dictionary(grouping: snapshot.payments, by: \.paymentRequestId)
        for payment in ordered {
            let kept = (paymentsByRequest[payment.paymentRequestId] ?? []).map(\.paymentId)
            if kept != [payment.paymentId] {
                problems.append(
                    "\(payment.paymentRequestId): the records hold payments [\(kept.joined(separator: ", "))], "
                        + "not exactly the one answered (\(payment.paymentId))")
            }
        }
        let sessionsByRequest = Dictionary(grouping: snapshot.sessions, by: \.paymentRequestId)
        for id in sessionIds.sorted() where sessionsByRequest[id]?.count != 1 {
            problems.append("\(id): the records hold \(sessionsByRequest[id]?.count ?? 0) payment sessions, not 1")
        }
        let results = Dictionary(
            grouping: snapshot.outbox.filter { $0.notifyType == .paymentResult }, by: { $0.paymentId ?? "" })
        for payment in ordered {
            let entries = results[payment.paymentId] ?? []
            if entries.map(\.status) != [.acked] {
                problems.append(
                    "\(payment.paymentRequestId): the outbox holds \(entries.count) PAYMENT_RESULT entries for "
                        + "paymentId \(payment.paymentId): [\(entries.map(describe).joined(separator: "; "))], "
                        + "not one acknowledged")
            }
        }
        return problems
    }

    /// An entry's status and how each attempt went, so a failure says why the entry was not acknowledged.
    private static func describe(_ entry: OutboxEntry) -> String {
        let attempts = entry.attempts.map { attempt in
            attempt.acked ? "acked" : attempt.transportError ?? attempt.httpStatus.map { "HTTP \($0)" } ?? "no answer"
        }
        let next = entry.nextAttemptAt.map { ", next attempt \($0.timeIntervalSince(entry.createdAt)) s after creation" }
        return "\(entry.status.rawValue), attempts: [\(attempts.joined(separator: ", "))]\(next ?? "")"
    }
}
