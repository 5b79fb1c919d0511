import Foundation

/// The checks the page makes when Pay is pressed; the APO checks again on its side.
enum FormValidator {
    /// Field errors of `draft` for the fields of `layout`, judged at `now` (for the expiry).
    static func errors(_ draft: FormDraft, layout: FormLayout, now: Date) -> [FormField: FieldError] {
        var errors: [FormField: FieldError] = [:]
        for field in layout.fields {
            if let error = error(field, draft: draft, layout: layout, now: now) { errors[field] = error }
        }
        return errors
    }

    private static func error(_ field: FormField, draft: FormDraft, layout: FormLayout, now: Date) -> FieldError? {
        let value = draft.value(of: field)
        guard !isBlank(value) else { return .required }
        switch field {
        case .cardNumber:
            let number = CardNumber(value)
            guard let brand = number.brand, brand.numberLengths.contains(value.count), number.passesLuhn else {
                return .cardNumberInvalid
            }
            return nil
        case .expiry:
            // The page takes months 01–12 only: the sandbox's "month 13 → invalid expiry" can't get past the form.
            guard value.count == 4, let expiry = CardExpiry(text: value), expiry.hasValidMonth else { return .expiryInvalid }
            return expiry.isValid(at: now) ? nil : .expiryPast
        case .cvv:
            // Amex 4, else 3: the sandbox's 2-digit "invalid CVC" is refused by the form too.
            return value.count == layout.cvvLength(for: draft) ? nil : .cvvLength
        case .holderName:
            return HolderName.isValid(value) ? nil : .holderNameInvalid
        case .email:
            return EmailAddress.isValid(value) ? nil : .emailInvalid
        case .cpf:
            return CPF(value).isValid ? nil : .cpfInvalid
        }
    }

    /// Whether `value` is empty or only `.whitespaces`: what trimming it would leave empty, asked without building
    /// the trimmed string (a typed value answers at its first character).
    private static func isBlank(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { whitespaces.contains($0) }
    }

    private static let whitespaces = CharacterSet.whitespaces
}
