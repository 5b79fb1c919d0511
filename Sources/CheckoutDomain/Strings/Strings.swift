import Foundation

/// Every locale's text table, keyed by `StringKey`, loaded from `assets/strings/<locale>.json`.
///
/// Adding a language is data only: drop `pt_BR.json` beside `en_US.json`. Missing keys fall back to en_US one by one.
public struct Strings: Sendable {
    /// The locale every other one falls back to, key by key; its table is complete.
    public static let fallbackLocale = "en_US"

    /// The locales that have a table, sorted.
    public let locales: [String]
    private let store: LocaleTableStore

    public init(tables: [String: [String: String]]) {
        locales = tables.keys.sorted()
        store = LocaleTableStore(tables: tables)
    }

    private init(locales: [String], store: LocaleTableStore) {
        self.locales = locales
        self.store = store
    }

    /// Texts by locale tag (`en_US`), then by key (`page.title`): every table, each read now if it was not yet.
    public var tables: [String: [String: String]] {
        var tables: [String: [String: String]] = [:]
        for locale in locales { tables[locale] = store.table(locale) }
        return tables
    }

    /// The bundled `strings/*.json`; the file name (without `.json`) is the locale. en_US is read at once, since
    /// every locale falls back to it; another locale's file when a session first asks for it (docs/DECISIONS.md).
    public static func bundled() throws(LocaleTableError) -> Strings { try loaded.get() }

    /// Listed once per process: the bundled files cannot change while it runs.
    private static let loaded = Result { () throws(LocaleTableError) -> Strings in
        let files = try LocaleFiles.list(folder: "strings", fallback: fallbackLocale)
        let store = LocaleTableStore { (locale: String) throws(LocaleTableError) -> [String: String]? in
            guard let file = files[locale] else { return nil }
            return try table(from: LocaleFiles.read(file), file: file.name)
        }
        // A broken en_US table is an error at start, as it always was; the others are read when first needed.
        _ = try store.load(fallbackLocale)
        return Strings(locales: files.keys.sorted(), store: store)
    }

    /// Decodes one locale file: a flat JSON object of key to text.
    public static func table(from data: Data, file: String) throws(LocaleTableError) -> [String: String] {
        do {
            return try JSONDecoder().decode([String: String].self, from: data)
        } catch {
            throw .malformed(file: file, reason: "expected a flat JSON object of string keys to string texts")
        }
    }

    /// The texts for a session's `locale` (`pt_BR`, `pt-BR`, `pt`; empty or `automatic` means en_US).
    public func localizer(for locale: String?) -> Localizer {
        Localizer(texts: store.texts(resolve(locale), fallback: Self.fallbackLocale))
    }

    /// The table tag a requested locale maps to: exact, then same language, then en_US.
    func resolve(_ requested: String?) -> String {
        // Views ask on every frame, nearly always with an exact tag: no normalising needed then.
        if let requested, locales.contains(requested) { return requested }
        return LocaleFiles.resolve(requested, among: locales, fallback: Self.fallbackLocale)
    }
}
