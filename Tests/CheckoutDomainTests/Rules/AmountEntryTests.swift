import Testing

@testable import CheckoutDomain

/// Amounts typed in the merchant's capture and refund prompts.
@Suite("Amount entry: typed amounts in the currency's units, within what remains")
struct AmountEntryTests {
    private let usd = Currency(code: "USD", minorUnits: 2, symbol: "US$", name: "US dollar")
    private let jpy = Currency(code: "JPY", minorUnits: 0, symbol: "¥", name: "Japanese yen")

    @Test("whole units, decimals up to the currency's, and minor units out")
    func reads() {
        #expect(AmountEntry.read("20", currency: usd, limit: 8900) == .success(Amount(currency: "USD", value: "2000")))
        #expect(AmountEntry.read("20.5", currency: usd, limit: 8900) == .success(Amount(currency: "USD", value: "2050")))
        #expect(AmountEntry.read(" 89.00 ", currency: usd, limit: 8900) == .success(Amount(currency: "USD", value: "8900")))
        #expect(AmountEntry.read(".50", currency: usd, limit: 8900) == .success(Amount(currency: "USD", value: "50")))
        #expect(AmountEntry.read("1200", currency: jpy, limit: 1200) == .success(Amount(currency: "JPY", value: "1200")))
    }

    @Test(
        "refused with the reason: empty, not a number, negative, zero, a decimal point JPY has not, too many decimals, above the limit",
        arguments: [
            ("", AmountEntryError.empty), ("abc", .notANumber("abc")), ("1.2.3", .notANumber("1.2.3")), (".", .notANumber(".")),
            ("-5", .negative), ("0", .zero), ("0.00", .zero), ("20.001", .tooManyDecimals(currency: "USD", digits: 2)),
            ("89.01", .aboveLimit(8900)), ("99999999999999999999", .aboveLimit(8900)),
        ])
    func refusedUSD(text: String, problem: AmountEntryError) {
        #expect(AmountEntry.read(text, currency: usd, limit: 8900) == .failure(problem))
    }

    @Test("JPY has no minor unit: a decimal point is refused")
    func noMinorUnit() {
        #expect(AmountEntry.read("12.5", currency: jpy, limit: 1200) == .failure(.noMinorUnit(currency: "JPY")))
        #expect(AmountEntry.read("1201", currency: jpy, limit: 1200) == .failure(.aboveLimit(1200)))
    }

    @Test("the prefilled text is what remains, in the currency's units")
    func text() {
        #expect(AmountEntry.text(8900, currency: usd) == "89.00")
        #expect(AmountEntry.text(5, currency: usd) == "0.05")
        #expect(AmountEntry.text(1200, currency: jpy) == "1200")
    }
}
