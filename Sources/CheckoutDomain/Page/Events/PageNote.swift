import Foundation

/// An informational timeline record from the page that is not an SDK event (a method not offered, a session resumed…).
///
/// The SDK has no code for these, so the page reports them on their own channel rather than inventing codes.
public struct PageNote: Codable, Hashable, Sendable {
    public var kind: PageNoteKind
    /// The method the note is about, if any.
    public var paymentMethodType: PaymentMethodType?
    /// English, for the timeline and support staff.
    public var message: String
    public var time: Date
    public var paymentRequestId: String?

    public init(
        kind: PageNoteKind, paymentMethodType: PaymentMethodType? = nil, message: String, time: Date, paymentRequestId: String? = nil
    ) {
        self.kind = kind
        self.paymentMethodType = paymentMethodType
        self.message = message
        self.time = time
        self.paymentRequestId = paymentRequestId
    }
}

/// What a `PageNote` records.
public enum PageNoteKind: String, Codable, Hashable, Sendable {
    /// A listed method is unknown, cannot take this order, or is not available in this mode.
    case methodNotOffered
    /// `expressCheckout` was set on a method that cannot be an express payment here.
    case expressIgnored
    /// No `paymentMethodTypeList`: the catalog's methods for the order's currency are offered.
    case defaultMethodList
    /// Saved cards were passed but cards are not offered.
    case savedCardsHidden
    /// The same sessionData was mounted again within its validity: selection and non-sensitive fields restored.
    case sessionResumed
    /// The session reached `paymentSessionExpiryTime` while a payment was under way; the payment goes on.
    case sessionExpiredDuringPayment
    /// The QR code's `expireTime` passed; the payment is treated as processing.
    case codeExpired
}
