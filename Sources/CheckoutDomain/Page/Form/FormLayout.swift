import Foundation

/// Which fields an option's form has, in focus order, and what the page knows about it.
struct FormLayout: Hashable, Sendable {
    var fields: [FormField]
    /// The "save this card" toggle (new card, tokenizeMode ASKFORCONSENT only).
    var offersSaveCard: Bool
    /// The CVV length expected, when it does not depend on what is typed (a saved card's brand).
    var fixedCVVLength: Int?

    static func of(_ option: PaymentOption, lineup: MethodLineup, metaData: PaymentMethodMetaData?) -> FormLayout {
        switch option {
        case .savedCard(let token):
            return savedCard(brand: lineup.savedCard(token)?.brand)
        case .method(let type):
            guard let method = lineup.method(type) else { return FormLayout(fields: [], offersSaveCard: false) }
            if method.flow == .cardForm {
                // Tokenization (seed 000): the card-vaulting box shows only with tokenizeMode ASKFORCONSENT.
                return newCard(offersSaveCard: metaData?.tokenize == .askForConsent)
            }
            let fields = method.info.collects.map { field -> FormField in
                switch field {
                case .email: .email
                case .cpf: .cpf
                }
            }
            return FormLayout(fields: fields, offersSaveCard: false)
        }
    }

    /// A new card: number, expiry, CVV and the name on it, with "save this card" when the buyer is asked.
    static func newCard(offersSaveCard: Bool) -> FormLayout {
        FormLayout(fields: cardFields, offersSaveCard: offersSaveCard)
    }

    // Shared rather than built for each of the card form's edits, which each ask for the layout.
    private static let cardFields: [FormField] = [.cardNumber, .expiry, .cvv, .holderName]

    /// A saved card of `brand` (`VISA`, `Amex`): only its CVV, of the brand's length (3 when unknown).
    static func savedCard(brand: String?) -> FormLayout {
        let brand = brand.flatMap { CardBrand(rawValue: $0.uppercased()) }
        return FormLayout(fields: [.cvv], offersSaveCard: false, fixedCVVLength: brand?.cvvLength ?? 3)
    }

    /// The CVV length for the card being typed: the brand's (Amex 4, else 3), 3 while the brand is unknown.
    func cvvLength(for draft: FormDraft) -> Int {
        fixedCVVLength ?? draft.detectedBrand?.cvvLength ?? 3
    }
}
