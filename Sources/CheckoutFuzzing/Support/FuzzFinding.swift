import CheckoutDomain

/// A broken invariant: what a target checked, and the evidence, with any card number masked.
public struct FuzzFinding: Error, Equatable, Sendable, CustomStringConvertible {
    /// The target's name, as the summary lines print it (`gateway-request`).
    public let target: String
    /// The rule that failed, in words.
    public let invariant: String
    /// What was seen; passed through `PANMask` so a report never holds a full card number.
    public let detail: String

    public init(target: String, invariant: String, detail: String) {
        self.target = target
        self.invariant = invariant
        self.detail = PANMask.mask(detail)
    }

    public var description: String { "\(target): \(invariant): \(detail)" }
}
