/// What the merchant did after the payment (capture, refund, cancel), so the result page offers only what is left.
public struct MerchantOperations: Equatable, Sendable {
    public internal(set) var captured = false
    public internal(set) var refunded = false
    public internal(set) var cancelled = false
    /// The operation waiting for Antom's answer.
    public internal(set) var inFlight: MerchantControl?
    /// The last operation's outcome, in a sentence.
    public internal(set) var lastOutcome: String?
    /// Whether `lastOutcome` reports a failure.
    public internal(set) var lastFailed = false

    public init() {}
}
