import CheckoutDomain
import Logging

/// Logs every failure of the store it wraps with its cause, then passes it on: the mock answers a failed save
/// `U UNKNOWN_EXCEPTION` (and rolls the call back), so the log is where an operator learns why.
public struct LoggingAPOStore: APOStore {
    private let inner: any APOStore
    private let logger: Logger

    public init(_ inner: any APOStore, logger: Logger) {
        self.inner = inner
        self.logger = logger
    }

    public func loadAll() throws(StoreError) -> APOSnapshot {
        do {
            return try inner.loadAll()
        } catch {
            logger.error("storage: the records could not be read: \(error.description)")
            throw error
        }
    }

    public func forEachResumedRecord(newestActivity: Int, _ body: (ResumedRecord) -> Void) throws(StoreError) {
        do {
            try inner.forEachResumedRecord(newestActivity: newestActivity, body)
        } catch {
            logger.error("storage: the records could not be read: \(error.description)")
            throw error
        }
    }

    public func save(_ changes: [APORecord], guarding submittedCards: [CardNumber]) throws(StoreError) {
        do {
            try inner.save(changes, guarding: submittedCards)
        } catch {
            let kinds = Set(changes.map(\.kind.rawValue)).sorted().joined(separator: ", ")
            let text =
                "storage: a save of \(changes.count) record(s) (\(kinds)) failed, so the call was rolled back and "
                + "answered U UNKNOWN_EXCEPTION: \(error.description)"
            logger.error("\(text)")
            throw error
        }
    }

    public func records(of kind: APORecordKind) throws(StoreError) -> [APORecord] {
        do {
            return try inner.records(of: kind)
        } catch {
            logger.error("storage: the \(kind.rawValue) records could not be read: \(error.description)")
            throw error
        }
    }

    public func payment(paymentId: String) throws(StoreError) -> PaymentRecord? {
        do {
            return try inner.payment(paymentId: paymentId)
        } catch {
            logger.error(
                "storage: payment \(paymentId) could not be read back, so the call naming it was answered U UNKNOWN_EXCEPTION: \(error.description)")
            throw error
        }
    }

    public func removeAll() throws(StoreError) {
        do {
            try inner.removeAll()
        } catch {
            logger.error("storage: the records could not be deleted (reset): \(error.description)")
            throw error
        }
    }

    public func idempotencyRecord(api: String, requestId: String) throws(StoreError) -> IdempotencyRecord? {
        do {
            return try inner.idempotencyRecord(api: api, requestId: requestId)
        } catch {
            logger.error(
                "storage: the first answer to a repeated \(api) could not be read, so it was answered U UNKNOWN_EXCEPTION: \(error.description)")
            throw error
        }
    }
}
