import Foundation

/// A case text in every locale it is written in (`{"en_US": "…", "pt_BR": "…"}`); en_US is required.
public struct LocalizedText: Codable, Hashable, Sendable {
    /// Texts by locale tag, as the case file has them.
    public var texts: [String: String]

    public init(_ texts: [String: String]) {
        self.texts = texts
    }

    public init(from decoder: any Decoder) throws {
        texts = try decoder.singleValueContainer().decode([String: String].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(texts)
    }

    /// The text for a session's locale: exact, then the same language, then en_US.
    public func text(for locale: String?) -> String {
        let tag = LocaleFiles.resolve(locale, among: texts.keys, fallback: Strings.fallbackLocale)
        return texts[tag] ?? texts[Strings.fallbackLocale] ?? ""
    }

    /// The locales of `required` this text has no words for.
    public func missing(among required: [String]) -> [String] {
        required.filter { (texts[$0] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}
