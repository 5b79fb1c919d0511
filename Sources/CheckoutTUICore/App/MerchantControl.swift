/// A control on the merchant's own pages: the result page's operations, or mounting the page again.
public enum MerchantControl: String, CaseIterable, Hashable, Sendable {
    case recheck
    case capture
    case refund
    case cancel
    /// After SDK_PAYMENT_CANCEL: mount the same paymentSessionData again.
    case reopen

    /// The letter that presses it.
    var hotkey: Character {
        switch self {
        case .recheck: "g"
        case .capture: "c"
        case .refund: "r"
        case .cancel: "x"
        case .reopen: "o"
        }
    }
}
