import Foundation

/// Cleans what the buyer typed before it reaches the draft: digits only where only digits belong, and length caps.
enum FieldSanitizer {
    /// Longest card number of any brand (UnionPay, Visa: 19).
    static let cardNumberMax = 19
    /// Antom's `payerEmail` limit.
    static let emailMax = 64
    /// Antom's `cardholderName.fullName` allows 128; 64 keeps a terminal line readable and covers real names.
    static let holderNameMax = 64

    static func sanitize(_ text: String, for field: FormField, layout: FormLayout, draft: FormDraft) -> String {
        switch field {
        case .cardNumber: digits(text, max: cardNumberMax)
        case .expiry: digits(text, max: 4)
        // While the brand is unknown, 4 digits may be typed (Amex); validation checks the exact length.
        case .cvv: digits(text, max: layout.fixedCVVLength ?? draft.detectedBrand?.cvvLength ?? 4)
        case .cpf: digits(text, max: 11)
        case .email:
            String(text.filter { !$0.isWhitespace && !$0.unicodeScalars.contains(where: Self.isControl) }.prefix(emailMax))
        case .holderName:
            String(text.filter { !$0.unicodeScalars.contains(where: Self.isControl) }
                .map { $0.isWhitespace ? " " : $0 }.prefix(holderNameMax))
        }
    }

    static func digits(_ text: String, max: Int) -> String {
        String(text.filter { $0.isASCII && $0.isNumber }.prefix(max))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
    }
}
