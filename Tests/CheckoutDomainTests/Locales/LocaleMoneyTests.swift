import Foundation
import Testing

@testable import CheckoutDomain

/// Amounts as each page locale writes them, for the locales that have translations.
@Suite("Locales: amounts")
struct LocaleMoneyTests {
    /// In China "¥" alone means yuan: a Chinese buyer paying a Japanese merchant must not read yen as yuan.
    @Test("each locale formats its market's currency; zh_CN tells yen and dollars from yuan", arguments: [
        ("CNY", "123456", "zh_CN", "¥1,234.56"),
        ("BRL", "12345678", "pt_BR", "R$\u{00A0}123.456,78"),
        ("PLN", "123456", "pl_PL", "1\u{00A0}234,56\u{00A0}zł"),
        ("USD", "123456", "zh_CN", "US$1,234.56"),
        ("JPY", "1200", "zh_CN", "JP¥1,200"),
    ])
    func market(currency: String, value: String, locale: String, expected: String) throws {
        let formatter = MoneyFormatter(currencies: try .bundled())
        #expect(formatter.format(Amount(currency: currency, value: value), locale: locale) == expected)
    }
}
