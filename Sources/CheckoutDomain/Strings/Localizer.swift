import Foundation

/// The texts of one locale, falling back to en_US key by key, with `{placeholder}` substitution.
public struct Localizer: Sendable {
    /// The table this localizer reads first (`en_US` when the requested locale has none).
    public let locale: String
    /// This locale's own texts.
    private let own: [String: String]?
    /// en_US's texts, where `own` has none (nil when this is en_US).
    private let fallback: [String: String]?

    init(locale: String, own: [String: String]?, fallback: [String: String]?) {
        self.locale = locale
        self.own = own
        self.fallback = fallback
    }

    /// The text for `key`, with each `{name}` replaced by `arguments[name]`.
    ///
    /// A key missing everywhere shows as the key itself, so a gap is visible on screen rather than a crash.
    public func text(_ key: StringKey, _ arguments: [String: String] = [:]) -> String {
        let template = own?[key.rawValue] ?? fallback?[key.rawValue] ?? key.rawValue
        return Self.fill(template, arguments)
    }

    /// The name this locale gives a payment method (`method.KONBINI`: `コンビニ払い`), or nil to use the catalog's.
    public func methodName(_ paymentMethodType: PaymentMethodType) -> String? {
        own?[Self.methodKeyPrefix + paymentMethodType.rawValue]
    }

    /// Optional per-locale method names are keyed `method.<paymentMethodType>`.
    public static let methodKeyPrefix = "method."

    /// Whether this locale's own table has `key` (false means the en_US text is shown).
    public func hasOwnText(for key: StringKey) -> Bool {
        own?[key.rawValue] != nil
    }

    /// One pass over the template: a value is never searched for placeholders itself, and an unknown `{name}`
    /// stays as written. The braces are found in the UTF-8 bytes: they are ASCII, and searching `Character`s ran
    /// Unicode's grapheme breaking over every text a frame shows.
    static func fill(_ template: String, _ arguments: [String: String]) -> String {
        let (open, close) = (UInt8(ascii: "{"), UInt8(ascii: "}"))
        guard !arguments.isEmpty, template.utf8.contains(open) else { return template }
        var out = ""
        var rest = template[...]
        while let start = rest.utf8.firstIndex(of: open), let end = rest.utf8[start...].firstIndex(of: close) {
            out += rest[..<start]
            out += arguments[String(rest[rest.utf8.index(after: start)..<end])] ?? String(rest[start...end])
            rest = rest[rest.utf8.index(after: end)...]
        }
        return out + rest
    }
}
