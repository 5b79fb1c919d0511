import CheckoutDomain

/// The mock's one-payment-per-paymentRequestId rule: a paymentRequestId may be tried again only after its
/// previous attempt failed, so every attempt but the latest is FAIL and at most one payment can be live or paid.
public enum PaymentInvariants {
    /// What is wrong, or nil when every paymentRequestId holds at most one payment that has not failed.
    public static func violation(in payments: [String: [PaymentRecord]]) -> String? {
        for (requestId, attempts) in payments.sorted(by: { $0.key < $1.key }) {
            let numbers = attempts.map(\.attempt)
            let earlier = attempts.dropLast()
            if numbers != Array(1...attempts.count) || earlier.contains(where: { $0.status != .fail }) {
                let listed = attempts.map { "\($0.paymentId) attempt \($0.attempt) \($0.status.rawValue)" }
                return "paymentRequestId \(requestId) holds \(attempts.count) payments: "
                    + listed.joined(separator: ", ")
            }
        }
        return nil
    }
}
