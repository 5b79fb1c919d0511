import CheckoutDomain
import CheckoutServices
import Foundation

/// The running server's own record of its PAYMENT_RESULT deliveries: its outbox, read from the data directory
/// (SQLite in WAL mode lets a reader in beside the server).
///
/// The merchant seeing an ack is not the server recording one: an ack that arrives after the attempt's timeout
/// counts, as at Antom, as a failed attempt, and the notification stays owed until a later attempt is
/// acknowledged in time. The stored-record checks read the server's record, so the test waits for that.
struct RecordedAcks {
    let data: URL

    /// Polls until the outbox holds an acknowledged PAYMENT_RESULT for each paymentId in `paid`; returns those
    /// still unacknowledged after `limit`.
    func waitForAcks(of paid: Set<String>, within limit: Duration) async throws -> Set<String> {
        let store = try SQLiteAPOStore(directory: data)
        let deadline = ContinuousClock.now + limit
        var missing = paid
        while true {
            let outbox = APOSnapshot(records: try store.records(of: .outbox)).outbox
            missing.subtract(
                outbox.compactMap { $0.notifyType == .paymentResult && $0.status == .acked ? $0.paymentId : nil })
            if missing.isEmpty || ContinuousClock.now >= deadline { return missing }
            try await Task.sleep(for: .milliseconds(200))
        }
    }
}
