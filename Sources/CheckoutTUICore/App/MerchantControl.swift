/// A control on the merchant's own pages: the result page's operations and new orders, or mounting the page again.
public enum MerchantControl: String, CaseIterable, Hashable, Sendable {
    case recheck
    case capture
    case refund
    case cancel
    /// After SDK_PAYMENT_CANCEL: mount the same paymentSessionData again.
    case reopen
    /// Hosted card mode: another order, paid with a new card on APO's card page.
    case newOrder
    /// Hosted card mode: another order, paid with the saved card's token (its CVV on APO's page).
    case newOrderSavedCard

    /// The letter that presses it.
    var hotkey: Character {
        switch self {
        case .recheck: "g"
        case .capture: "c"
        case .refund: "r"
        case .cancel: "x"
        case .reopen: "o"
        case .newOrder: "n"
        case .newOrderSavedCard: "s"
        }
    }
}
