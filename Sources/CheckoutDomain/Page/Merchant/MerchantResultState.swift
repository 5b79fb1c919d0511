import Foundation

/// What the merchant's result page knows: only what `inquiryPayment` and notifications said, never the redirect.
public struct MerchantResultState: Hashable, Sendable {
    public internal(set) var paymentRequestId: String?
    public internal(set) var phase: MerchantResultPhase = .idle
    public internal(set) var paymentId: String?
    public internal(set) var paymentMethodType: PaymentMethodType?
    public internal(set) var shipping: ShippingStatus = .notApplicable
    /// What the last successful inquiry said was captured, refunded or cancelled.
    public internal(set) var ledger: PaymentLedger?
    /// How many inquiries this visit has made.
    public internal(set) var inquiries = 0
    /// An inquiry is under way.
    public internal(set) var awaitingAnswer = false
    /// The one automatic re-check is scheduled (seed 004: wait 3–5 s and query again).
    public internal(set) var recheckScheduled = false
    var automaticRecheckUsed = false
    /// A CAPTURE_RESULT that arrived before the inquiry said which payment this is.
    var captureResult: ResultStatus?

    public init() {}
}

/// Which screen the merchant's result page shows.
public enum MerchantResultPhase: Hashable, Sendable {
    /// The buyer has not arrived yet.
    case idle
    /// Asking Antom (or about to ask again).
    case checking
    case succeeded
    case failed(paymentResultCode: ResultCode?, message: String?)
    case cancelled
    /// `ORDER_NOT_EXIST`: the buyer never submitted a payment.
    case notPaid
    /// No final result after re-checking: "order processing", with a re-check button.
    case processing
}

/// Whether the goods can ship (seed 003: for authorised-capture methods, only after a successful capture).
public enum ShippingStatus: String, Codable, Hashable, Sendable {
    /// Not paid (yet).
    case notApplicable
    case ready
    /// Paid by an authorised-capture method (CARD, GOOGLEPAY, APPLEPAY, PAYPAL): wait for CAPTURE_RESULT.
    case waitingForCapture
    /// The capture failed: "Please contact Antom technical support" (seed 003).
    case captureFailed
}

/// What happens on the merchant's result page.
public enum MerchantResultAction: Equatable, Sendable {
    /// The buyer landed on `paymentRedirectUrl` (or was sent there after an SDK event).
    case arrived(paymentRequestId: String)
    indirect case inquiryAnswered(InquiryPaymentResponse)
    case inquiryFailed(APOClientError)
    /// "Check again" on the order-processing screen.
    case recheckPressed
    /// The merchant acted on the payment (capture, refund, cancel) or asks again: inquire, keeping what is known.
    case refreshRequested
    case recheckTimerFired
    /// notifyCapture reached the merchant's server.
    indirect case captureNotified(NotifyCaptureRequest)
}

/// Work the merchant's result page asks for.
public enum MerchantResultEffect: Equatable, Sendable {
    case inquirePayment(InquiryPaymentRequest)
    case scheduleRecheck(at: Date)
    case cancelRecheck
}
