import CheckoutAssets
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
    public static func bundled() throws(StringsError) -> Strings {
        let files: [URL]
        do { files = try CheckoutAssets.files(in: "strings", withExtension: "json") } catch { throw .asset(error) }
        var tables: [String: [String: String]] = [:]
        for file in files {
            let locale = file.deletingPathExtension().lastPathComponent
            let data: Data
            do { data = try Data(contentsOf: file) } catch {
                throw .unreadable(file: file.lastPathComponent, reason: error.localizedDescription)
            }
            tables[locale] = try table(from: data, file: file.lastPathComponent)
        }
        guard tables[fallbackLocale] != nil else { throw .missingFallback(fallbackLocale) }
        return Strings(tables: tables)
    }

    /// Decodes one locale file: a flat JSON object of key to text.
    public static func table(from data: Data, file: String) throws(StringsError) -> [String: String] {
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
        let tag = (requested ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "-", with: "_")
        // createPaymentSession: "If this field is empty or set to automatic, the default language ... usually English".
        guard !tag.isEmpty, tag.lowercased() != "automatic" else { return Self.fallbackLocale }
        if let exact = tables.keys.first(where: { $0.lowercased() == tag.lowercased() }) { return exact }
        let language = tag.split(separator: "_").first.map { $0.lowercased() } ?? ""
        let sameLanguage = tables.keys.sorted().first {
            $0.lowercased().split(separator: "_").first.map(String.init) == language
        }
        return sameLanguage ?? Self.fallbackLocale
    }
}
