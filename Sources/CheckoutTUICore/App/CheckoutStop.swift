import CheckoutDomain

/// A place on the Checkout Page the keyboard cursor can rest: a method row, a form field, the save-card box or
/// one of the page's buttons (by position in `PageView.buttons`).
public enum CheckoutStop: Hashable, Sendable {
    case option(PaymentOption)
    case field(FormField)
    case saveCard
    case button(Int)

    /// Text fields take printable keys, so single-letter commands are off while one has the cursor.
    var isTextField: Bool {
        if case .field = self { return true }
        return false
    }

    /// Inside the selected option's form (where Enter pays).
    var isInForm: Bool {
        switch self {
        case .field, .saveCard: true
        case .option, .button: false
        }
    }
}
