import Foundation
import CheckoutAssets

extension Strings {
    /// The locales that have a bundled string table, sorted, read from the file names alone (nothing decoded), so
    /// a help text can list them without paying for the tables.
    public static let bundledLocaleTags: [String] =
        ((try? CheckoutAssets.files(in: "strings", withExtension: "json")) ?? [])
        .map { $0.deletingPathExtension().lastPathComponent }

    /// The bundled locales as an English help text lists them: "en_US, es_MX, … or zh_CN".
    public static var bundledLocaleChoices: String {
        guard let last = bundledLocaleTags.last else { return fallbackLocale }
        let rest = bundledLocaleTags.dropLast()
        return rest.isEmpty ? last : rest.joined(separator: ", ") + " or " + last
    }
}
