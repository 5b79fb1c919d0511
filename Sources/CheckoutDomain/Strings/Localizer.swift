/// The texts of one locale, falling back to en_US key by key, with `{placeholder}` substitution.
public struct Localizer: Sendable {
    private let texts: LocaleTexts

    init(texts: LocaleTexts) {
        self.texts = texts
    }

    /// The table this localizer reads first (`en_US` when the requested locale has none).
    public var locale: String { texts.locale }

    /// The text for `key`, with each `{name}` replaced by the argument of that name.
    ///
    /// A key missing everywhere shows as the key itself, so a gap is visible on screen rather than a crash.
    public func text(_ key: StringKey, _ arguments: TextArguments = [:]) -> String {
        texts.template(key).filled(arguments)
    }

    /// The name this locale gives a payment method (`method.KONBINI`: `コンビニ払い`), or nil to use the catalog's.
    public func methodName(_ paymentMethodType: PaymentMethodType) -> String? {
        texts.methodNames[paymentMethodType.rawValue]
    }

    /// Optional per-locale method names are keyed `method.<paymentMethodType>`.
    public static let methodKeyPrefix = "method."

    /// Whether this locale's own table has `key` (false means the en_US text is shown).
    public func hasOwnText(for key: StringKey) -> Bool {
        texts.hasOwnText(for: key)
    }
}
