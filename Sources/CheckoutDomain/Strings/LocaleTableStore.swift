import Synchronization

/// The string tables of a `Strings`, each decoded the first time a localizer asks for its locale: a session reads
/// one or two of the bundled locales, and decoding all of them was a tenth of start-up (docs/performance.md).
final class LocaleTableStore: Sendable {
    private let read: @Sendable (String) throws(LocaleTableError) -> [String: String]?
    /// Tables by locale; nil for a locale read and found missing or unreadable, so it is not read again.
    private let tables: Mutex<[String: [String: String]?]>
    /// Each locale's texts as localizers read them, made the first time a localizer asks for the locale.
    private let texts = Mutex<[String: LocaleTexts]>([:])

    /// Tables given whole (tests, a custom set); nothing more is read.
    init(tables: [String: [String: String]]) {
        read = { _ in nil }
        self.tables = Mutex(tables.mapValues { Optional($0) })
    }

    /// Tables read by `read` (nil: no such locale), each once.
    init(read: @escaping @Sendable (String) throws(LocaleTableError) -> [String: String]?) {
        self.read = read
        tables = Mutex([:])
    }

    /// The table of `locale`, read now if it was not yet; nil when there is none or it cannot be read, so its texts
    /// fall back to en_US key by key, as a key missing from a table does.
    func table(_ locale: String) -> [String: String]? {
        try? load(locale)
    }

    /// `table`, with the reason when the file cannot be read (said once: a failed read is kept as nil).
    func load(_ locale: String) throws(LocaleTableError) -> [String: String]? {
        try tables.withLock { tables throws(LocaleTableError) in
            if let known = tables[locale] { return known }
            tables[locale] = .some(nil)
            let table = try read(locale)
            tables[locale] = .some(table)
            return table
        }
    }

    /// The texts of `locale` over its table and `fallback`'s, made once: every localizer for the locale shares them,
    /// so each text is found and parsed once per process.
    func texts(_ locale: String, fallback: String) -> LocaleTexts {
        if let known = texts.withLock({ $0[locale] }) { return known }
        let made = LocaleTexts(locale: locale, own: table(locale), fallback: locale == fallback ? nil : table(fallback))
        return texts.withLock { texts in
            if let raced = texts[locale] { return raced }
            texts[locale] = made
            return made
        }
    }
}
