/// What the merchant's staff can do after a payment, with the amount in the payment's currency.
public enum MerchantOperation: Equatable, Sendable {
    case capture(Amount)
    case refund(Amount)
    case cancel
    /// Ask Antom again (inquiryPayment) rather than trust what the page said.
    case inquire

    public var kind: MerchantOperationKind {
        switch self {
        case .capture: .capture
        case .refund: .refund
        case .cancel: .cancel
        case .inquire: .inquire
        }
    }

    public var amount: Amount? {
        switch self {
        case .capture(let amount), .refund(let amount): amount
        case .cancel, .inquire: nil
        }
    }
}

/// A `MerchantOperation` without its amount: what the result page offers.
public enum MerchantOperationKind: String, Equatable, Hashable, Sendable, CaseIterable {
    case capture
    case refund
    case cancel
    case inquire
}

/// What capture, refund or cancel answered.
public enum MerchantOperationAnswer: Equatable, Sendable {
    case capture(CaptureResponse)
    case refund(RefundResponse)
    case cancel(CancelResponse)

    public var result: APOResult {
        switch self {
        case .capture(let response): response.result
        case .refund(let response): response.result
        case .cancel(let response): response.result
        }
    }

    public var endpoint: APOEndpoint {
        switch self {
        case .capture: .capture
        case .refund: .refund
        case .cancel: .cancel
        }
    }
}

/// The merchant's operations on this payment: the one waiting for an answer and how the last one ended.
public struct MerchantOperations: Equatable, Sendable {
    /// The operation waiting for Antom's answer.
    public internal(set) var inFlight: MerchantOperation?
    public internal(set) var lastOutcome: MerchantOperationOutcome?

    public init() {}
}

/// How the merchant's last operation ended.
public enum MerchantOperationOutcome: Equatable, Sendable {
    /// Antom accepted it: the amount and the id it gave (captureId, refundId).
    case succeeded(MerchantOperation, id: String?)
    /// Antom answered F or U.
    case refused(MerchantOperation, APOResult)
    /// No usable answer: it is safe to try again.
    case unanswered(MerchantOperation, APOClientError)

    public var failed: Bool {
        if case .succeeded = self { return false }
        return true
    }
}
