import Foundation

/// What the buyer submitted, kept while the payment is under way to read the answers.
public struct PaymentAttempt: Hashable, Sendable {
    public var option: PaymentOption
    public var flow: PaymentFlow
    /// Masked details of the card paid with.
    public var card: CardPaymentResultInfo?
}
