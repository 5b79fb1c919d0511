import Testing

@testable import CheckoutDomain

@Suite("Localizer: placeholder substitution")
struct LocalizerFillTests {
    @Test("each {name} is replaced once; unknown names and lone braces stay as written")
    func fill() {
        #expect(Localizer.fill("Pay {amount} to {merchant}", ["amount": "SGD 60.00", "merchant": "Shop"])
            == "Pay SGD 60.00 to Shop")
        #expect(Localizer.fill("{a}{a} {b} {", ["a": "x"]) == "xx {b} {")
        // A value that looks like a placeholder is not substituted again.
        #expect(Localizer.fill("{a} {b}", ["a": "{b}", "b": "2"]) == "{b} 2")
        #expect(Localizer.fill("no braces", ["a": "x"]) == "no braces")
        // The braces are found among multi-byte text: Japanese, a flag, an accent on the letter before a brace.
        #expect(Localizer.fill("お支払い{amount}、🇸🇬 é{x}", ["amount": "¥1,000"]) == "お支払い¥1,000、🇸🇬 é{x}")
    }
}
