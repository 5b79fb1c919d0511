import Foundation

/// Read access to every payment at once, for invariant checks (fuzzing, QA) that must see the whole state.
extension MockAPO {
    /// Every payment the mock holds, grouped by paymentRequestId, each group oldest attempt first.
    ///
    /// Built from the payment records themselves rather than the request-id index, so a check sees a payment
    /// even if the index were to lose it.
    /// Payments only the store holds are read back from it.
    public func paymentsByRequestId() throws(StoreError) -> [String: [PaymentRecord]] {
        var payments = Array(state.payments.resident)
        if state.payments.storedOnlyCount > 0 {
            for case .payment(let payment) in try store.records(of: .payment)
            where state.payments.isStoredOnly(payment.paymentId) {
                payments.append(payment)
            }
        }
        return Dictionary(grouping: payments, by: \.paymentRequestId)
            .mapValues { $0.sorted { ($0.attempt, $0.paymentId) < ($1.attempt, $1.paymentId) } }
    }
}
