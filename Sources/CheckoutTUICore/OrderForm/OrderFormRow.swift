import CheckoutDomain

/// One row of the `checkout-tui new` form: a text field, an on/off switch or a button, in screen order.
public enum OrderFormRow: Hashable, Sendable, CaseIterable {
    case amount, currency, methods, express, items, buyerEmail, cpf, locale, merchantName
    case threeDS, manualCapture, saveCard
    case fileName
    case start, save

    public enum Kind: Sendable { case text, toggle, button }

    public var kind: Kind {
        switch self {
        case .threeDS, .manualCapture, .saveCard: .toggle
        case .start, .save: .button
        default: .text
        }
    }

    public var label: String {
        switch self {
        case .amount: "Amount"
        case .currency: "Currency"
        case .methods: "Methods"
        case .express: "Express"
        case .items: "Items"
        case .buyerEmail: "Buyer email"
        case .cpf: "CPF"
        case .locale: "Locale"
        case .merchantName: "Shop name"
        case .threeDS: "3D Secure on card payments (is3DSAuthentication)"
        case .manualCapture: "Manual capture (captureMode MANUAL)"
        case .saveCard: "Offer \"save this card\" (tokenizeMode ASKFORCONSENT)"
        case .fileName: "Save as"
        case .start: "Start checkout"
        case .save: "Save scenario"
        }
    }

    /// What to type, shown beside the field.
    public var hint: String {
        switch self {
        case .amount: "major units, like 299.90; empty: the items' total"
        case .currency: "ISO 4217, like BRL"
        case .methods: "paymentMethodType, in order: PIX,CARD"
        case .express: "shown above the list: ALIPAY_CN, GOOGLEPAY"
        case .items: "NAME:QTY:PRICE; another; …"
        case .buyerEmail: "also prefills P24 and Mercado Pago"
        case .cpf: "11 digits (Mercado Pago Brazil)"
        case .locale: Strings.bundledLocaleTags.joined(separator: ", ")
        case .merchantName: "on the merchant page"
        case .fileName: "a .json file for --scenario"
        case .threeDS, .manualCapture, .saveCard, .start, .save: ""
        }
    }

    /// The row that sets what a builder error names, so the cursor can go there.
    static func row(for field: DraftField) -> OrderFormRow? {
        switch field {
        case .amount: .amount
        case .currency: .currency
        case .methods: .methods
        case .express: .express
        case .item: .items
        case .buyerEmail: .buyerEmail
        case .cpf: .cpf
        case .locale: .locale
        case .merchantName: .merchantName
        case .threeDS: .threeDS
        case .capture: .manualCapture
        case .saveCard: .saveCard
        case .buyerName, .buyerPhone, .buyerId, .description, .paymentRequestId, .redirectURL, .notifyURL: nil
        }
    }
}
