import Foundation

/// `paymentMethodMetaData.tokenizeMode`: whether a card paid with is saved as a `cardToken` (seed 002).
///
/// One reading everywhere (the Checkout Page's box, the page's submission, `pay`): the value compared without regard
/// to letter case, absent or empty meaning `DISABLED` ("The same applies when the value is empty or when this
/// parameter is not specified").
public enum TokenizeMode: String, Hashable, Sendable, CaseIterable {
    /// "store card information for subsequent payments": a token is minted, no one is asked.
    case enabled = "ENABLED"
    /// "do not need store card information".
    case disabled = "DISABLED"
    /// "a 'save card' button is displayed on the intermediate page, allowing buyers to choose".
    case askForConsent = "ASKFORCONSENT"

    /// The mode a wire value names; `.disabled` for nil or empty; nil for a value that names none.
    public init?(wire: String?) {
        // The value as the seeds write it, read without a copy: the form's layout asks on every edit.
        if let wire, let mode = TokenizeMode(rawValue: wire) {
            self = mode
            return
        }
        let text = (wire ?? "").trimmingSpaces().uppercased()
        if text.isEmpty {
            self = .disabled
            return
        }
        guard let mode = TokenizeMode(rawValue: text) else { return nil }
        self = mode
    }

    /// The rule a value breaks, naming `field`; nil when it names a mode.
    public static func problem(with wire: String?, field: String) -> String? {
        guard TokenizeMode(wire: wire) == nil else { return nil }
        return "\(field) must be ENABLED, DISABLED or ASKFORCONSENT, not '\(wire ?? "")'"
    }
}

extension PaymentMethodMetaData {
    /// `tokenizeMode` read by the one rule; an unknown value (refused by validation) counts as `DISABLED`.
    public var tokenize: TokenizeMode { TokenizeMode(wire: tokenizeMode) ?? .disabled }
}
