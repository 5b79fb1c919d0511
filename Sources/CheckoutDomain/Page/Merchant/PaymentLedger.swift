/// What `inquiryPayment`'s transactions say was authorised, captured, refunded and cancelled, in minor units.
public struct PaymentLedger: Hashable, Sendable {
    /// The payment's amount and currency.
    public var paymentAmount: Amount
    /// The method is authorised first and captured after (cards, wallets on cards).
    public var needsCapture: Bool
    public var captured: Int64 = 0
    public var refunded: Int64 = 0
    public var cancelled = false

    public init(paymentAmount: Amount, needsCapture: Bool) {
        self.paymentAmount = paymentAmount
        self.needsCapture = needsCapture
    }

    /// The whole payment in minor units.
    public var total: Int64 { AmountRules.minorUnits(paymentAmount) ?? 0 }

    /// What the merchant has taken: the captures, or the whole payment for a method without capture.
    public var charged: Int64 { needsCapture ? captured : total }

    /// What may still be captured.
    public var capturable: Int64 { needsCapture && !cancelled ? max(0, total - captured) : 0 }

    /// What may still be refunded.
    public var refundable: Int64 { cancelled ? 0 : max(0, charged - refunded) }

    /// `value` minor units in the payment's currency.
    public func amount(_ value: Int64) -> Amount {
        Amount(currency: paymentAmount.currency, value: String(value))
    }

    /// Reads the successful CAPTURE, REFUND and CANCEL steps of an inquiry.
    init(_ response: InquiryPaymentResponse, paymentAmount: Amount, needsCapture: Bool) {
        self.init(paymentAmount: paymentAmount, needsCapture: needsCapture)
        for step in response.transactions ?? [] where step.transactionStatus?.uppercased == .success {
            let value = step.transactionAmount.flatMap(AmountRules.minorUnits) ?? 0
            switch step.transactionType?.uppercased {
            case .capture?: captured += value
            case .refund?: refunded += value
            case .cancel?: cancelled = true
            default: break
            }
        }
    }
}
