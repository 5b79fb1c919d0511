import Foundation

/// A moment the mock must act by itself: a session expires, a processing payment closes (ORDER_IS_CLOSED), or a
/// delayed result completes. Ordered by time, then id, as `settle` applies them.
struct MockDeadline: Hashable, Comparable {
    /// What happens at the deadline.
    enum Kind: Int, Hashable {
        case sessionExpires
        case paymentCloses
        case paymentCompletes
        /// An asynchronous refund of the payment (`id`) reaches SUCCESS.
        case refundCompletes
    }

    let time: Date
    let id: String
    let kind: Kind

    static func < (lhs: MockDeadline, rhs: MockDeadline) -> Bool {
        (lhs.time, lhs.id, lhs.kind.rawValue) < (rhs.time, rhs.id, rhs.kind.rawValue)
    }

    /// The deadlines a payment in this state is waiting for (none when it is final or absent).
    static func of(_ payment: PaymentRecord?) -> [MockDeadline] {
        guard let payment else { return [] }
        let refunds = (payment.refunds ?? []).compactMap { refund in
            refund.status == .processing
                ? refund.settlesAt.map { MockDeadline(time: $0, id: payment.paymentId, kind: .refundCompletes) } : nil
        }
        return refunds + ofPayment(payment)
    }

    private static func ofPayment(_ payment: PaymentRecord) -> [MockDeadline] {
        switch payment.status {
        case .processing:
            return [MockDeadline(time: payment.closesAt, id: payment.paymentId, kind: .paymentCloses)]
        case .pending:
            return payment.settlesAt.map { [MockDeadline(time: $0, id: payment.paymentId, kind: .paymentCompletes)] } ?? []
        default:
            // SUCCESS, FAIL, CANCELLED: nothing is due.
            return []
        }
    }
}
