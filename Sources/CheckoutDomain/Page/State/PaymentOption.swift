import Foundation

/// One thing the buyer can pick on the page: a payment method or a saved card.
public enum PaymentOption: Codable, Hashable, Sendable {
    /// By `paymentMethodType` (`CARD`, `P24`…), whether it sits in the express section or the list.
    case method(PaymentMethodType)
    /// A vaulted card, by its token.
    case savedCard(token: String)

    /// The `paymentMethodType` the submission carries.
    public var paymentMethodType: PaymentMethodType {
        switch self {
        case .method(let type): type
        case .savedCard: .card
        }
    }
}
