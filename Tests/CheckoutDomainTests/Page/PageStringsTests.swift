import Foundation
import Testing

@testable import CheckoutDomain

/// Tests of the page model: strings: keyed texts per locale.
@Suite("Strings: keyed texts per locale")
struct PageStringsTests {
    @Test("en_US has every key, and only known keys")
    func enUSComplete() throws {
        let strings = try Strings.bundled()
        let table = try #require(strings.tables["en_US"])
        let keys = Set(StringKey.allCases.map(\.rawValue))
        #expect(keys.subtracting(table.keys).isEmpty, "missing in en_US: \(keys.subtracting(table.keys).sorted())")
        #expect(Set(table.keys).subtracting(keys).isEmpty, "unknown keys in en_US: \(Set(table.keys).subtracting(keys).sorted())")
        #expect(table.values.allSatisfy { !$0.isEmpty })
    }

    @Test("a locale falls back to en_US key by key; placeholders are filled")
    func fallbackPerKey() {
        let strings = Strings(tables: [
            "en_US": ["button.pay": "Pay {amount}", "page.title": "Checkout"],
            "pt_BR": ["button.pay": "Pagar {amount}"],
        ])
        let portuguese = strings.localizer(for: "pt-BR")
        #expect(portuguese.locale == "pt_BR")
        #expect(portuguese.text(.buttonPay, ["amount": "R$ 10,00"]) == "Pagar R$ 10,00")
        #expect(portuguese.text(.pageTitle) == "Checkout")
        #expect(!portuguese.hasOwnText(for: .pageTitle))
        #expect(portuguese.text(.sectionExpress) == "section.express")
    }

    @Test("locale resolution: exact, same language, then en_US; empty and automatic mean en_US")
    func resolution() {
        let strings = Strings(tables: ["en_US": [:], "pt_BR": [:], "zh_CN": [:]])
        #expect(strings.resolve("pt_BR") == "pt_BR")
        #expect(strings.resolve("pt_PT") == "pt_BR")
        #expect(strings.resolve("zh-cn") == "zh_CN")
        #expect(strings.resolve("ko_KR") == "en_US")
        #expect(strings.resolve(nil) == "en_US")
        #expect(strings.resolve("automatic") == "en_US")
    }

    @Test("the session's locale selects the page's texts")
    func sessionLocale() throws {
        let bundled = try Strings.bundled()
        var tables = bundled.tables
        tables["pt_BR"] = ["section.methods": "Formas de pagamento"]
        let page = CheckoutPage(catalog: try .bundled(), strings: Strings(tables: tables), currencies: try .bundled())
        var request = PageFixture.request(currency: "BRL", value: "123456", methods: PageFixture.methods("CARD"))
        request.locale = "pt_BR"
        var state = PageState()
        _ = page.reduce(&state, .mount(sessionData: "D"), now: PageHarness.start)
        _ = page.reduce(&state, .sessionLoaded(.ready(PageFixture.session(request))), now: PageHarness.start)
        let view = page.view(state)
        guard case .methods(let list) = view.screen else {
            Issue.record("expected the method list")
            return
        }
        #expect(list.sections.map(\.title) == ["Formas de pagamento"])
        #expect(view.title == "Checkout")
        #expect(view.amount == "R$\u{00A0}1.234,56")
    }

    @Test("a locale file that is not a flat object of strings is refused with its name")
    func malformedTable() {
        #expect(throws: LocaleTableError.malformed(
            file: "xx_XX.json", reason: "expected a flat JSON object of string keys to string texts")) {
            try Strings.table(from: Data("[1,2]".utf8), file: "xx_XX.json")
        }
    }
}
