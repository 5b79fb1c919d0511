import Testing

@testable import CheckoutDomain

@Suite("Localizer: placeholder substitution")
struct LocalizerFillTests {
    @Test("each {name} is replaced once; unknown names and lone braces stay as written")
    func fill() {
        #expect(TextTemplate("Pay {amount} to {merchant}").filled(["amount": "SGD 60.00", "merchant": "Shop"])
            == "Pay SGD 60.00 to Shop")
        #expect(TextTemplate("{a}{a} {b} {").filled(["a": "x"]) == "xx {b} {")
        // A value that looks like a placeholder is not substituted again.
        #expect(TextTemplate("{a} {b}").filled(["a": "{b}", "b": "2"]) == "{b} 2")
        #expect(TextTemplate("no braces").filled(["a": "x"]) == "no braces")
        // The braces are found among multi-byte text: Japanese, a flag, an accent on the letter before a brace.
        #expect(TextTemplate("お支払い{amount}、🇸🇬 é{x}").filled(["amount": "¥1,000"]) == "お支払い¥1,000、🇸🇬 é{x}")
        // A brace inside a placeholder's name makes the whole run an unknown name, kept as written.
        #expect(TextTemplate("{a{b} and {b}").filled(["b": "2", "a{b": "1"]) == "1 and 2")
        #expect(TextTemplate("}{a}{").filled(["a": "x"]) == "}x{")
    }

    @Test("with no arguments a text shows as written, braces and all")
    func noArguments() {
        #expect(TextTemplate("Pay {amount}").filled([:]) == "Pay {amount}")
    }

    @Test("a text filled from its parsed parts is the text a search of its bytes gives, for random templates")
    func parsedMatchesSearched() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["{", "}", "a", "b", "{a}", "{b}", "{c}", "é", "🇸🇬", " ", "x"]
        for _ in 0..<2_000 {
            let template = (0..<Int.random(in: 0...12, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            let arguments: TextArguments = ["a": "1", "b": "{a}"]
            #expect(TextTemplate(template).filled(arguments) == Self.searched(template, ["a": "1", "b": "{a}"]))
        }
    }

    /// The substitution as a plain search of the text, for comparison.
    private static func searched(_ template: String, _ arguments: [String: String]) -> String {
        var out = ""
        var rest = template[...]
        while let start = rest.firstIndex(of: "{"), let end = rest[start...].firstIndex(of: "}") {
            out += rest[..<start]
            out += arguments[String(rest[rest.index(after: start)..<end])] ?? String(rest[start...end])
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }
}
