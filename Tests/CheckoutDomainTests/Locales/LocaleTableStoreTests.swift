import Synchronization
import Testing

@testable import CheckoutDomain

/// String tables are read when a locale is first asked for, each once, and a table that cannot be read falls back.
@Suite("String tables read on demand")
struct LocaleTableStoreTests {
    /// A reader over fixed tables that counts its reads per locale; `broken` cannot be read.
    final class Reader: Sendable {
        private let counts = Mutex<[String: Int]>([:])
        let tables: [String: [String: String]] = [
            "en_US": ["page.title": "Checkout", "button.pay": "Pay"], "pt_BR": ["button.pay": "Pagar"],
        ]

        func reads(_ locale: String) -> Int { counts.withLock { $0[locale] ?? 0 } }

        func store() -> LocaleTableStore {
            LocaleTableStore { [self] (locale: String) throws(LocaleTableError) -> [String: String]? in
                counts.withLock { $0[locale, default: 0] += 1 }
                if locale == "broken" { throw .malformed(file: "strings/broken.json", reason: "not an object") }
                return tables[locale]
            }
        }
    }

    @Test("a locale's table is read the first time it is asked for, and only then")
    func readOnce() {
        let reader = Reader()
        let store = reader.store()
        #expect(reader.reads("pt_BR") == 0)
        #expect(store.table("pt_BR") == ["button.pay": "Pagar"])
        #expect(store.table("pt_BR") == ["button.pay": "Pagar"])
        #expect(reader.reads("pt_BR") == 1)
        #expect(reader.reads("en_US") == 0)
        #expect(store.table("xx_XX") == nil)
        #expect(store.table("xx_XX") == nil)
        #expect(reader.reads("xx_XX") == 1)
    }

    @Test("a table that cannot be read says why once, then reads as missing")
    func brokenTable() {
        let reader = Reader()
        let store = reader.store()
        #expect(throws: LocaleTableError.malformed(file: "strings/broken.json", reason: "not an object")) {
            try store.load("broken")
        }
        #expect(store.table("broken") == nil)
        #expect(reader.reads("broken") == 1)
    }

    @Test("the bundled strings list every locale by its file name and read a locale's table when asked for it")
    func bundledLocales() throws {
        let strings = try Strings.bundled()
        #expect(strings.locales == Strings.bundledLocaleTags)
        #expect(strings.localizer(for: "ja_JP").locale == "ja_JP")
        #expect(strings.localizer(for: "ja_JP").hasOwnText(for: .buttonPay))
        #expect(strings.localizer(for: "pt").locale == "pt_BR")
    }
}
