import Foundation

/// Everything APO's hosted card page (seed 002) knows: the payment it collects a card for, the buyer's draft and
/// where the buyer is. Changed only by `HostedCardPage`.
public struct HostedCardState: Hashable, Sendable {
    public internal(set) var phase: HostedCardPhase = .closed
    public internal(set) var payment: HostedCardPayment?
    /// The card (or the saved card's CVV) being typed; the number and CVV are `SecretDigits`.
    public internal(set) var draft = FormDraft()
    public internal(set) var alert: HostedCardAlert?
    /// The `now` of the last action.
    public internal(set) var now = Date(timeIntervalSince1970: 0)

    public init() {}

    /// The form's fields and save-card box for this payment: a new card, or only the saved card's CVV.
    var layout: FormLayout {
        guard let payment else { return FormLayout(fields: [], offersSaveCard: false) }
        if let saved = payment.savedCard { return .savedCard(brand: saved.brand) }
        return .newCard(offersSaveCard: payment.offersSaveCard)
    }
}

/// Where the buyer is on the hosted card page.
public enum HostedCardPhase: Hashable, Sendable {
    /// Not open (no `pay` waits for a card).
    case closed
    /// The form: the card's number, expiry, CVV and name, or the saved card's CVV.
    case entering
    /// `enterCard` (`.pay`) or the 3DS answer (`.challenge`) is under way.
    case submitting(InFlightCall)
    /// The 3D Secure page the answer to `enterCard` sent the buyer to.
    case challenge(PendingPayment)
    /// The buyer was sent back to the merchant's `paymentRedirectUrl`.
    case left
}

/// The payment the page collects a card for, as `pay` answered it and the merchant sent it.
public struct HostedCardPayment: Hashable, Sendable {
    public var paymentId: String
    public var paymentRequestId: String?
    /// Where the page is (`normalUrl`).
    public var url: String
    public var amount: Amount?
    /// Whose order it is (`order.merchant.merchantName`), and what.
    public var merchantName: String?
    public var orderDescription: String?
    /// The buyer's language (the order's `locale`).
    public var locale: String?
    /// Paid with a saved card (`paymentMethodId`) without its CVV: only the CVV is asked.
    public var savedCard: HostedSavedCard?
    /// tokenizeMode ASKFORCONSENT on a new card: "Save this card" is offered.
    public var offersSaveCard: Bool
    /// Where the buyer goes when the page is done (`paymentRedirectUrl`).
    public var redirectUrl: String?

    public init(
        paymentId: String, paymentRequestId: String?, url: String, amount: Amount?, merchantName: String?,
        orderDescription: String?, locale: String?, savedCard: HostedSavedCard?, offersSaveCard: Bool,
        redirectUrl: String?
    ) {
        self.paymentId = paymentId
        self.paymentRequestId = paymentRequestId
        self.url = url
        self.amount = amount
        self.merchantName = merchantName
        self.orderDescription = orderDescription
        self.locale = locale
        self.savedCard = savedCard
        self.offersSaveCard = offersSaveCard
        self.redirectUrl = redirectUrl
    }
}

/// A card the buyer saved with the merchant: the `cardToken` Antom minted, and what may be shown of it.
public struct HostedSavedCard: Hashable, Sendable {
    public var cardToken: String
    /// `VISA`, as `paymentResultInfo.cardBrand` names it.
    public var brand: String?
    public var lastFour: String?

    public init(cardToken: String, brand: String?, lastFour: String?) {
        self.cardToken = cardToken
        self.brand = brand
        self.lastFour = lastFour
    }
}

/// A banner above the form saying what just went wrong, until the buyer edits.
public enum HostedCardAlert: Hashable, Sendable {
    /// Pay was pressed with these fields invalid (in form order).
    case formInvalid([FormField])
    /// `enterCard` did not reach Antom; Pay again to retry.
    case networkError(reason: String)
    /// Antom refused what was typed and the payment still waits for a card (`INVALID_CARD_NUMBER`…).
    case refused(resultCode: ResultCode, message: String?)
}
