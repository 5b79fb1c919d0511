import Foundation

/// Which step of the Checkout Page the buyer is on.
public enum PagePhase: Hashable, Sendable {
    /// Not mounted (or freed by `unmount`).
    case unmounted
    /// `mountComponent` called; the session is being opened.
    case loading
    /// The method list, with the selected option's form.
    case choosing
    /// "You will continue to <wallet>": the buyer confirms before leaving for the wallet's page.
    case confirmingRedirect
    /// A call to the APO is under way; the page waits for its answer.
    case submitting(InFlightCall)
    /// The 3DS challenge page.
    case challenge(PendingPayment)
    /// The wallet's or bank's own page (simulated): approve, decline or abandon.
    case walletPage(PendingPayment)
    /// A QR code with its countdown (QR methods on WEB).
    case code(PaymentCode)
    /// A voucher number and its payment deadline.
    case voucher(PaymentCode)
    /// The page's result screen.
    case result(PaymentOutcome)
    /// The session could not be opened or has expired.
    case failed(PageError)
    /// The buyer left the page; waiting for the host to unmount it.
    case closed
}

/// The APO call the page is waiting on, and the step it was made from.
public enum InFlightCall: Hashable, Sendable {
    case pay
    case challenge(PendingPayment)
    case wallet(PendingPayment)
    case code(PaymentCode)
    case voucher(PaymentCode)
}

/// A payment the APO accepted as in process (`U`), waiting for the buyer.
public struct PendingPayment: Hashable, Sendable {
    public var paymentId: String
    public var paymentMethodType: PaymentMethodType
    /// The 3DS or wallet page (`normalUrl`), when there is one.
    public var url: String?

    public init(paymentId: String, paymentMethodType: PaymentMethodType, url: String? = nil) {
        self.paymentId = paymentId
        self.paymentMethodType = paymentMethodType
        self.url = url
    }
}

/// A QR code or voucher from `orderCodeForm`.
public struct PaymentCode: Hashable, Sendable {
    public var payment: PendingPayment
    /// The `TEXT` code detail (the string a QR code encodes, or the voucher number).
    public var codeValue: String
    /// `orderCodeForm.expireTime`.
    public var expiresAt: Date?

    public init(payment: PendingPayment, codeValue: String, expiresAt: Date?) {
        self.payment = payment
        self.codeValue = codeValue
        self.expiresAt = expiresAt
    }
}
