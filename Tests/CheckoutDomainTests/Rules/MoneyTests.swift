import Foundation
import Testing

@testable import CheckoutDomain

@Suite("Money")
struct MoneyTests {
    let currencies: CurrencyTable
    let rules: AmountRules
    let formatter: MoneyFormatter

    init() throws {
        currencies = try CurrencyTable.bundled()
        rules = AmountRules(currencies: currencies)
        formatter = MoneyFormatter(currencies: currencies)
    }

    @Test("zero-decimal currencies are CLP, JPY, KRW and VND", arguments: ["CLP", "JPY", "KRW", "VND"])
    func zeroDecimals(code: String) throws {
        #expect(try #require(currencies.currency(code)).minorUnits == 0)
    }

    @Test("the other listed currencies have two decimals", arguments: ["SGD", "USD", "PLN", "BRL", "MXN", "IDR", "EUR", "CNY"])
    func twoDecimals(code: String) throws {
        #expect(try #require(currencies.currency(code)).minorUnits == 2)
    }

    @Test("amount rules name the field and the problem")
    func amountRules() {
        #expect(rules.problem(with: Amount(currency: "SGD", value: "6000"), field: "paymentAmount") == nil)
        #expect(rules.problem(with: Amount(currency: "SGD", value: "60.00"), field: "paymentAmount")?.hasPrefix("paymentAmount.value must be a positive integer") == true)
        #expect(rules.problem(with: Amount(currency: "SGD", value: "0"), field: "paymentAmount") == "paymentAmount.value must be greater than 0")
        #expect(rules.problem(with: Amount(currency: "SGD", value: "-5"), field: "x")?.contains("positive integer") == true)
        #expect(rules.problem(with: Amount(currency: "SGD", value: "12345678901234567"), field: "x") == "x.value is longer than 16 digits")
        #expect(rules.problem(with: Amount(currency: "XYZ", value: "1"), field: "x") == "x.currency 'XYZ' is not a supported ISO 4217 currency")
        #expect(rules.problem(with: Amount(currency: "IDR", value: "1050"), field: "x")?.contains("multiple of 100") == true)
        #expect(rules.problem(with: Amount(currency: "IDR", value: "1000"), field: "x") == nil)
    }

    @Test("display per locale", arguments: [
        ("SGD", "6000", "en_US", "S$60.00"),
        ("JPY", "1200", "en_US", "¥1,200"),
        ("KRW", "36000", "en_US", "₩36,000"),
        ("BRL", "123456", "pt_BR", "R$\u{00A0}1.234,56"),
        ("PLN", "4999", "pl_PL", "49,99\u{00A0}zł"),
        ("USD", "5", "en_US", "$0.05"),
        ("MXN", "45000", "es_MX", "MX$450.00"),
    ])
    func formatting(code: String, value: String, locale: String, expected: String) {
        #expect(formatter.format(Amount(currency: code, value: value), locale: locale) == expected)
    }

    @Test("an amount that breaks the rules is shown raw, not hidden")
    func rawWhenInvalid() {
        #expect(formatter.format(Amount(currency: "SGD", value: "12.5")) == "12.5 SGD")
    }
}
