import Foundation

/// `paymentStatus` as `inquiryPayment` reports it (`TransactionStatusType`), and the status of a transaction or a
/// refund; an unknown status is carried through as sent.
public struct PaymentStatus: WireVocabulary, CaseIterable {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let success: Self = "SUCCESS"
    public static let fail: Self = "FAIL"
    public static let processing: Self = "PROCESSING"
    public static let cancelled: Self = "CANCELLED"
    /// Paid by the buyer, the final result still to come (PAYMENT_PENDING).
    public static let pending: Self = "PENDING"

    /// Every status Antom documents for a payment (and the mock gives one).
    public static let allCases: [Self] = [.success, .fail, .processing, .cancelled, .pending]

    /// SUCCESS, FAIL and CANCELLED do not change any more (refunds aside).
    public var isFinal: Bool { self == .success || self == .fail || self == .cancelled }
}
