import Foundation

/// A card as the payment engine receives it.
struct CardSource {
    enum Kind {
        case typed(number: CardNumber, expiry: CardExpiry, holder: String?)
        case saved(token: String)
        /// No card yet: the buyer types it on the hosted card page (seed 002, `pay` with only
        /// `paymentMethodType: CARD`); a saved card whose CVV the buyer must still type is `saved`.
        case onHostedPage
    }

    var kind: Kind
    /// Nil or empty when not given (a card on file may be paid without it).
    var cvv: String?

    /// The card's details were typed (by the merchant's form or the Checkout Page), not looked up or still to come.
    var isTyped: Bool {
        if case .typed = kind { return true }
        return false
    }
}

/// One payment to start, from the page (`submitPayment`) or from the `pay` API.
struct PaymentInput {
    var api: String
    var origin: PaymentOrigin
    var paymentRequestId: String
    var session: SessionRecord?
    var amount: Amount
    var order: Order?
    var methodType: PaymentMethodType
    var card: CardSource?
    /// A card token is minted when the payment succeeds (tokenizeMode ENABLED, or ASKFORCONSENT and the buyer
    /// agreed).
    var mintsToken: Bool
    /// On the hosted card page, the buyer is asked whether to save the card (tokenizeMode ASKFORCONSENT).
    var offersSaveCard: Bool = false
    var threeDSRequested: Bool
    var captureMode: CaptureMode
    var terminalType: String
    var notifyUrl: String?
    var redirectUrl: String?
    var payerEmail: String?
    var cpf: String?
    /// `paymentExpiryTime` of the pay API; otherwise the method's timeout applies.
    var closesAt: Date?
    /// The Checkout Page needs buyer information for cards (seed 003, "Card payments").
    var enforceBuyerRule: Bool
    /// The session's availablePaymentMethod.paymentMethodTypeList, when it has one.
    var allowedMethods: [PaymentMethodType]?
    /// The card tokens the session offered, when the payment comes from a page.
    var sessionTokens: Set<String>?
}

/// A card the sandbox knows, resolved from typed digits or from the vault.
struct ResolvedCard {
    var masked: MaskedCard
    var profile: TestCardProfile
    var expiry: CardExpiry
    var cvv: String?
    var token: String?
}

/// A request turned down before a payment existed.
struct Rejection: Error {
    var result: APOResult

    init(_ code: ResultCode, _ message: String) {
        result = .failure(code, message)
    }
}

/// What the engine decided to do with a new payment.
enum PaymentDecision {
    case succeed(ThreeDSResult?)
    /// Wait for the buyer on the hosted card page.
    case cardEntry
    case fail(code: ResultCode, message: String)
    case challenge
    case redirect
    case orderCode
    case delayed(TimeInterval)
}

func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.trimmingSpaces().isEmpty else { return nil }
    return text
}
