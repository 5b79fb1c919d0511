/// The Antom APIs the load generator sends.
public enum LoadAPI: String, CaseIterable, Sendable {
    case inquiryPayment
    case createPaymentSession
    /// A server-to-server card payment: how the warm-up creates payments to inquire about.
    case pay

    /// The production path; `AntomPath.sandboxed` turns it into the one sent for a sandbox client id.
    public var path: String { "/ams/api/v1/payments/\(rawValue)" }
}
