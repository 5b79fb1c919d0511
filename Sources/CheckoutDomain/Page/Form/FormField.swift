import Foundation

/// An input on the page, in the order focus moves through them.
public enum FormField: String, Codable, Hashable, Sendable, CaseIterable {
    case cardNumber
    case expiry
    case cvv
    case holderName
    case email
    case cpf
}
