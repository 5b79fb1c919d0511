import Foundation
import Testing

@testable import CheckoutDomain

/// Every bundled locale, present and future, speaks its own language for every buyer-facing key: a key added to
/// `StringKey` without a translation, or a translation left in English, fails here.
@Suite("Locales: buyer-facing coverage")
struct LocaleCoverageTests {
    let strings: Strings

    init() throws {
        strings = try Strings.bundled()
    }

    /// Texts that are the same in every language: codes, formats and card labels.
    static let sameEverywhere = Set(LocaleStringsTests.sameEverywhere.compactMap(StringKey.init(rawValue:)))

    @Test("ja_JP and ko_KR are bundled")
    func newLocales() {
        #expect(strings.locales.contains("ja_JP"))
        #expect(strings.locales.contains("ko_KR"))
    }

    @Test("help texts list exactly the locales that have a table, from the file names, in one sentence")
    func helpListsEveryLocale() {
        #expect(Strings.bundledLocaleTags == strings.locales)
        for locale in strings.locales { #expect(Strings.bundledLocaleChoices.contains(locale)) }
        #expect(Strings.bundledLocaleChoices.hasSuffix(" or zh_CN"))
    }

    @Test("no buyer-facing key falls back to English in any bundled locale")
    func noEnglishFallback() {
        let english = strings.localizer(for: Strings.fallbackLocale)
        var fallbacks: [String] = []
        for locale in strings.locales where locale != Strings.fallbackLocale {
            let text = strings.localizer(for: locale)
            for key in StringKey.allCases where key.isBuyerFacing && !Self.sameEverywhere.contains(key) {
                if !text.hasOwnText(for: key) {
                    fallbacks.append("\(locale) \(key.rawValue): missing, shows \"\(english.text(key))\"")
                } else if text.text(key) == english.text(key), !Self.sharesEnglishText(locale, key) {
                    fallbacks.append("\(locale) \(key.rawValue): still English \"\(english.text(key))\"")
                }
            }
        }
        #expect(fallbacks.isEmpty, "\(fallbacks.joined(separator: "\n"))")
    }

    @Test("the coverage check catches a locale that lacks a key")
    func catchesMissingKey() throws {
        var tables = strings.tables
        tables["ja_JP"]?[StringKey.fieldPrefilled.rawValue] = nil
        let text = Strings(tables: tables).localizer(for: "ja_JP")
        #expect(!text.hasOwnText(for: .fieldPrefilled))
        #expect(text.text(.fieldPrefilled) == "prefilled")
    }

    @Test("developer-facing SDK event messages and timeline notes are the only keys exempt")
    func exemptKeys() {
        let exempt = StringKey.allCases.filter { !$0.isBuyerFacing }.map(\.rawValue)
        #expect(exempt.allSatisfy { $0.hasPrefix("event.") || $0.hasPrefix("note.") })
        #expect(StringKey.leverTimeTitle.isBuyerFacing && StringKey.methodCard.isBuyerFacing)
    }

    @Test("the card method is named in the buyer's language", arguments: [
        ("pt_BR", "Cartão"), ("es_MX", "Tarjeta"), ("pl_PL", "Karta"), ("zh_CN", "银行卡"), ("ja_JP", "カード"),
        ("ko_KR", "카드"), ("en_US", "Card"),
    ])
    func cardName(locale: String, expected: String) {
        #expect(strings.localizer(for: locale).methodName("CARD") == expected)
    }

    /// Latin-script languages that abbreviate minutes and hours as English does; Chinese card forms that keep the
    /// Latin e-mail example and MM/YY.
    private static func sharesEnglishText(_ locale: String, _ key: StringKey) -> Bool {
        if locale == "zh_CN" { return LocaleStringsTests.latinInChinese.contains(key.rawValue) }
        return ["pt_BR", "es_MX", "pl_PL"].contains(locale) && LocaleStringsTests.sharedAbbreviations.contains(key.rawValue)
    }
}
