import Testing

@testable import CheckoutDomain

/// A localizer's kept texts are the tables' texts: its own, then en_US's, then the key, for every key of every locale.
@Suite("Locale texts kept by key")
struct LocaleTextsTests {
    @Test("a key's ordinal is its place in allCases")
    func ordinal() {
        for (place, key) in StringKey.allCases.enumerated() {
            #expect(key.ordinal == place, "\(key.rawValue)")
        }
    }

    @Test("every key of every bundled locale reads its own text, then en_US's, asked once or twice")
    func bundled() throws {
        let strings = try Strings.bundled()
        let tables = strings.tables
        let english = try #require(tables[Strings.fallbackLocale])
        for locale in strings.locales {
            let text = strings.localizer(for: locale)
            for _ in 0..<2 {
                for key in StringKey.allCases {
                    let expected = tables[locale]?[key.rawValue] ?? english[key.rawValue] ?? key.rawValue
                    #expect(text.text(key) == expected, "\(locale) \(key.rawValue)")
                }
            }
        }
    }

    @Test("a key missing everywhere shows as itself; a locale's method names come from its method.<type> keys")
    func gapsAndMethodNames() {
        let strings = Strings(tables: [
            "en_US": ["button.pay": "Pay {amount}"],
            "ja_JP": ["button.pay": "{amount}を支払う", "method.KONBINI": "コンビニ払い"],
        ])
        let japanese = strings.localizer(for: "ja_JP")
        #expect(japanese.text(.buttonPay, ["amount": "¥1,000"]) == "¥1,000を支払う")
        #expect(japanese.text(.pageTitle) == StringKey.pageTitle.rawValue)
        #expect(japanese.methodName(PaymentMethodType(rawValue: "KONBINI")) == "コンビニ払い")
        #expect(japanese.methodName(.card) == nil)
        #expect(strings.localizer(for: "en_US").methodName(PaymentMethodType(rawValue: "KONBINI")) == nil)
        #expect(strings.localizer(for: "fr_FR").text(.buttonPay, ["amount": "€5"]) == "Pay €5")
    }
}
