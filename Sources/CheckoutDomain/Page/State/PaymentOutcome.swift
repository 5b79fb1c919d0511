import Foundation

/// How a payment ended on the page, as the result screen and the SDK event report it.
public struct PaymentOutcome: Hashable, Sendable {
    public var kind: OutcomeKind
    public var paymentMethodType: PaymentMethodType
    public var paymentId: String?
    /// `paymentResultCode`: the APO's `result.resultCode` (`SUCCESS`, `DO_NOT_HONOR`, `PAYMENT_IN_PROCESS`…).
    public var resultCode: ResultCode
    public var resultMessage: String?
    /// Masked card details, for card payments.
    public var card: CardPaymentResultInfo?

    public init(
        kind: OutcomeKind, paymentMethodType: PaymentMethodType, paymentId: String?, resultCode: ResultCode, resultMessage: String?,
        card: CardPaymentResultInfo?
    ) {
        self.kind = kind
        self.paymentMethodType = paymentMethodType
        self.paymentId = paymentId
        self.resultCode = resultCode
        self.resultMessage = resultMessage
        self.card = card
    }

    /// Not final yet: the server may still say otherwise.
    public var isPending: Bool { kind == .processing || kind == .codeExpired || kind == .abnormal }
}

/// Which result screen the page shows.
public enum OutcomeKind: String, Codable, Hashable, Sendable {
    case succeeded
    /// Final failure; the buyer can fix and retry.
    case failed
    /// Not final (`U` after the buyer acted): the merchant inquires or waits for the notification.
    case processing
    /// The QR code's time ran out: treated as processing until the server says otherwise.
    case codeExpired
    /// An answer the page cannot follow (no paymentId, unknown status): `SDK_PAYMENT_ERROR`.
    case abnormal
}
