import Foundation

/// What the buyer has entered for one payment option, with focus and field errors.
public struct FormDraft: Hashable, Sendable {
    public internal(set) var cardNumber = SecretDigits()
    /// Digits only, `MMYY` (shown as `MM/YY`).
    public internal(set) var expiry = ""
    public internal(set) var cvv = SecretDigits()
    public internal(set) var holderName = ""
    public internal(set) var email = ""
    /// Digits only (shown as `000.000.000-00`).
    public internal(set) var cpf = ""
    /// "Save this card", offered only with tokenizeMode ASKFORCONSENT.
    public internal(set) var saveCard = false
    public internal(set) var focus: FormField?
    public internal(set) var errors: [FormField: FieldError] = [:]
    /// Fields filled from `paymentMethodMetaData` (still editable).
    public internal(set) var prefilled: Set<FormField> = []
    /// Fields whose last edit was longer than they take, with how much was kept and left out.
    public internal(set) var cut: [FormField: FieldCut] = [:]

    /// The card's brand as typed so far.
    public var detectedBrand: CardBrand? { CardBrand.detect(cardNumber.digits) }

    /// The same draft with the card number and CVV dropped: what may outlive an unmount.
    var withoutSecrets: FormDraft {
        var copy = self
        copy.cardNumber = SecretDigits()
        copy.cvv = SecretDigits()
        copy.errors = [:]
        copy.cut = [:]
        return copy
    }

    /// The raw value of a text field.
    func value(of field: FormField) -> String {
        switch field {
        case .cardNumber: cardNumber.digits
        case .expiry: expiry
        case .cvv: cvv.digits
        case .holderName: holderName
        case .email: email
        case .cpf: cpf
        }
    }

    mutating func set(_ field: FormField, to value: String) {
        switch field {
        case .cardNumber: cardNumber = SecretDigits(value)
        case .expiry: expiry = value
        case .cvv: cvv = SecretDigits(value)
        case .holderName: holderName = value
        case .email: email = value
        case .cpf: cpf = value
        }
    }
}

/// Typed or pasted text that went past a field's limit: the first `kept` characters stayed, `dropped` did not.
public struct FieldCut: Hashable, Sendable {
    public var kept: Int
    public var dropped: Int

    public init(kept: Int, dropped: Int) {
        self.kept = kept
        self.dropped = dropped
    }
}
