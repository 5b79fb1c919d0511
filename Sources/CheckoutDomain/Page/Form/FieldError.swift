import Foundation

/// Why a field's value cannot be submitted.
public enum FieldError: String, Codable, Hashable, Sendable {
    case required
    /// Unknown brand, wrong length for the brand, or failing the Luhn check.
    case cardNumberInvalid
    /// Not MM/YY with a month of 01–12.
    case expiryInvalid
    /// Before the current month.
    case expiryPast
    /// Not the brand's CVV length (4 for Amex, else 3).
    case cvvLength
    /// Not Latin letters, spaces, hyphens, apostrophes and dots.
    case holderNameInvalid
    case emailInvalid
    /// Not eleven digits with correct check digits.
    case cpfInvalid
}
