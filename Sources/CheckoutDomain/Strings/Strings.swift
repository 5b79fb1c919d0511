import Foundation

/// Every locale's text table, keyed by `StringKey`, loaded from `assets/strings/<locale>.json`.
///
/// Adding a language is data only: drop `pt_BR.json` beside `en_US.json`. Missing keys fall back to en_US one by one.
public struct Strings: Sendable {
    /// The locale every other one falls back to, key by key; its table is complete.
    public static let fallbackLocale = "en_US"

    /// Texts by locale tag (`en_US`), then by key (`page.title`).
    public let tables: [String: [String: String]]

    public init(tables: [String: [String: String]]) {
        self.tables = tables
    }

    /// The locales that have a table, sorted.
    public var locales: [String] { tables.keys.sorted() }

    /// Reads every `strings/*.json` bundled with the simulator; the file name (without `.json`) is the locale.
    public static func bundled() throws(LocaleTableError) -> Strings { try loaded.get() }

    /// Decoded once per process: the bundled files cannot change while it runs.
    private static let loaded = Result { () throws(LocaleTableError) -> Strings in
        var tables: [String: [String: String]] = [:]
        for entry in try LocaleFiles.read(folder: "strings", fallback: fallbackLocale) {
            tables[entry.locale] = try table(from: entry.data, file: entry.file)
        }
        return Strings(tables: tables)
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
        Localizer(locale: resolve(locale), strings: self)
    }

    /// The table tag a requested locale maps to: exact, then same language, then en_US.
    func resolve(_ requested: String?) -> String {
        // Views ask on every frame, nearly always with an exact tag: no normalising needed then.
        if let requested, tables[requested] != nil { return requested }
        return LocaleFiles.resolve(requested, among: tables.keys, fallback: Self.fallbackLocale)
    }
}
