import Synchronization

/// One locale's texts by key, each found (this locale's table, then en_US's, then the key itself) and parsed for
/// placeholders the first time it is asked for, then kept: a view asks for the same few dozen on every frame.
final class LocaleTexts: Sendable {
    /// The table tag these texts are for.
    let locale: String
    private let own: [String: String]?
    private let fallback: [String: String]?
    /// This locale's own names for payment methods, by `paymentMethodType`, from its `method.<type>` keys.
    let methodNames: [String: String]
    /// By `StringKey.ordinal`; nil until first asked for.
    private let templates: Mutex<[TextTemplate?]>

    init(locale: String, own: [String: String]?, fallback: [String: String]?) {
        self.locale = locale
        self.own = own
        self.fallback = fallback
        var names: [String: String] = [:]
        for (key, name) in own ?? [:] where key.hasPrefix(Localizer.methodKeyPrefix) {
            names[String(key.dropFirst(Localizer.methodKeyPrefix.count))] = name
        }
        methodNames = names
        templates = Mutex(Array(repeating: nil, count: StringKey.allCases.count))
    }

    func template(_ key: StringKey) -> TextTemplate {
        let slot = key.ordinal
        if let known = templates.withLock({ $0[slot] }) { return known }
        let template = TextTemplate(own?[key.rawValue] ?? fallback?[key.rawValue] ?? key.rawValue)
        templates.withLock { $0[slot] = template }
        return template
    }

    func hasOwnText(for key: StringKey) -> Bool {
        own?[key.rawValue] != nil
    }
}
