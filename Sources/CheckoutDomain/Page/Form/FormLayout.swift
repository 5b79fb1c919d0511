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
            let brand = lineup.savedCard(token).flatMap { CardBrand(rawValue: $0.brand.uppercased()) }
            return FormLayout(fields: [.cvv], offersSaveCard: false, fixedCVVLength: brand?.cvvLength ?? 3)
        case .method(let type):
            guard let method = lineup.method(type) else { return FormLayout(fields: [], offersSaveCard: false) }
            if method.flow == .cardForm {
                // Tokenization (seed 000): the card-vaulting box shows only with tokenizeMode ASKFORCONSENT.
                let consent = metaData?.tokenize == .askForConsent
                return FormLayout(fields: [.cardNumber, .expiry, .cvv, .holderName], offersSaveCard: consent)
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

    /// The CVV length for the card being typed: the brand's (Amex 4, else 3), 3 while the brand is unknown.
    func cvvLength(for draft: FormDraft) -> Int {
        fixedCVVLength ?? draft.detectedBrand?.cvvLength ?? 3
    }
}
