import Foundation

/// `transactionType` of a step in `inquiryPayment`'s `transactions`; an unknown type is carried through as sent.
public struct TransactionType: WireVocabulary {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let authorization: Self = "AUTHORIZATION"
    public static let capture: Self = "CAPTURE"
    public static let refund: Self = "REFUND"
    public static let cancel: Self = "CANCEL"
}
