import Foundation
import Testing

@testable import CheckoutDomain

/// The translated page locales: complete, placeholder-exact, Antom's names untouched, and sized for the page.
@Suite("Locales: translated page texts")
struct LocaleStringsTests {
    static let locales = ["pt_BR", "es_MX", "pl_PL", "zh_CN", "ja_JP", "ko_KR"]

    /// Time-travel distances Portuguese, Spanish and Polish abbreviate as English does.
    static let sharedAbbreviations: Set<String> = ["lever.jumpMinute", "lever.jumpApmTimeout", "lever.jumpHour"]

    /// Texts that are codes, formats or API echoes, the same in every language.
    static let sameEverywhere: Set<String> = [
        "row.savedCard", "card.summary", "card.masked", "field.cpf", "placeholder.cardNumber", "placeholder.cpf",
        "merchant.statusSucceeded", "merchant.statusFailed", "merchant.statusCancelled",
        // Formats only: the merchant and amount, Antom's code and message.
        "cardPage.payee", "cardPage.alertRefused",
    ]

    /// zh_CN keeps the Latin e-mail example and MM/YY, as Chinese card forms do.
    static let latinInChinese: Set<String> = ["placeholder.email", "placeholder.expiry"]

    /// `method.<TYPE>` keys beyond `method.CARD` are optional local names of a catalog method.
    static func isOptionalMethodName(_ key: String) -> Bool {
        key.hasPrefix(Localizer.methodKeyPrefix) && StringKey(rawValue: key) == nil
    }

    let strings: Strings
    let english: [String: String]

    init() throws {
        strings = try Strings.bundled()
        english = try #require(strings.tables["en_US"])
    }

    private func table(_ locale: String) throws -> [String: String] {
        try #require(strings.tables[locale], "assets/strings/\(locale).json is missing")
    }

    @Test("each locale has exactly en_US's keys", arguments: locales)
    func sameKeys(locale: String) throws {
        let keys = Set(try table(locale).keys.filter { !Self.isOptionalMethodName($0) })
        let missing = Set(english.keys).subtracting(keys)
        let unknown = keys.subtracting(english.keys)
        #expect(missing.isEmpty, "missing in \(locale): \(missing.sorted())")
        #expect(unknown.isEmpty, "unknown in \(locale): \(unknown.sorted())")
        #expect(keys == Set(StringKey.allCases.map(\.rawValue)))
    }

    @Test("each text keeps en_US's placeholders exactly", arguments: locales)
    func samePlaceholders(locale: String) throws {
        for (key, text) in try table(locale) {
            #expect(
                LocalePlaceholders.of(text) == LocalePlaceholders.of(english[key] ?? ""),
                "\(locale) \(key): \(text)")
        }
    }

    @Test("every text is translated, except codes and formats", arguments: locales)
    func translated(locale: String) throws {
        for (key, text) in try table(locale) where !Self.sameEverywhere.contains(key) {
            #expect(!text.isEmpty, "\(locale) \(key) is empty")
            if ["pt_BR", "es_MX", "pl_PL"].contains(locale) && Self.sharedAbbreviations.contains(key) { continue }
            if locale == "zh_CN" && Self.latinInChinese.contains(key) { continue }
            #expect(text != english[key], "\(locale) \(key) is still English")
        }
    }

    @Test("Antom's API names, codes and paymentMethodTypes stay untranslated", arguments: locales)
    func namesKept(locale: String) throws {
        let translated = try table(locale)
        for (key, text) in english {
            for name in Self.protectedNames(in: text) {
                #expect(translated[key]?.contains(name) == true, "\(locale) \(key) lost \(name)")
            }
        }
    }

    @Test("form labels fit the form's label column (21 cells at most)", arguments: locales + ["en_US"])
    func labelsFit(locale: String) throws {
        for (key, text) in try table(locale) where key.hasPrefix("field.") {
            #expect(Self.displayWidth(text) <= 21, "\(locale) \(key) is \(Self.displayWidth(text)) cells: \(text)")
        }
    }

    @Test("optional method names name a payment method of the catalog", arguments: locales + ["en_US"])
    func methodNames(locale: String) throws {
        let catalog = try PaymentMethodCatalog.bundled()
        for key in try table(locale).keys where Self.isOptionalMethodName(key) {
            let type = PaymentMethodType(rawValue: String(key.dropFirst(Localizer.methodKeyPrefix.count)))
            #expect(catalog.method(type) != nil, "\(locale) \(key): \(type) is not in the catalog")
        }
    }

    @Test("zh_CN's wide characters keep buttons, headings, labels and placeholders as narrow as en_US's")
    func chineseNarrowPlaces() throws {
        let chinese = try table("zh_CN")
        let narrow = ["button.", "section.", "field.", "placeholder.", "merchant.recheck", "page.title", "row."]
        for (key, text) in chinese where narrow.contains(where: { key.hasPrefix($0) }) && english[key] != nil {
            let limit = Self.displayWidth(english[key] ?? "") + 4
            #expect(Self.displayWidth(text) <= limit, "zh_CN \(key) is \(Self.displayWidth(text)) cells, over \(limit)")
        }
    }

    @Test("no zh_CN text is much wider on screen than its en_US original")
    func chineseOverall() throws {
        for (key, text) in try table("zh_CN") where !Self.isOptionalMethodName(key) {
            let english = Self.displayWidth(english[key] ?? "")
            let limit = english + english / 4 + 4
            #expect(Self.displayWidth(text) <= limit, "zh_CN \(key) is \(Self.displayWidth(text)) cells, over \(limit)")
        }
    }

    @Test("the width rule counts CJK and fullwidth forms as two cells, marks as none")
    func widthRule() {
        #expect(Self.displayWidth("Pay") == 3)
        #expect(Self.displayWidth("支付") == 4)
        #expect(Self.displayWidth("（）：") == 6)
        #expect(Self.displayWidth("e\u{0301}") == 1)
        #expect(Self.displayWidth("R$\u{00A0}1.234,56 …") == 13)
    }

    /// camelCase API fields, UPPER_SNAKE codes and paymentMethodTypes, and "3D Secure".
    static func protectedNames(in text: String) -> Set<String> {
        let patterns = [#"\b[a-z]+[A-Z][A-Za-z]*\b"#, #"\b[A-Z][A-Z0-9_]{2,}\b"#, #"3D Secure"#]
        var names: Set<String> = []
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range, in: text) { names.insert(String(text[range])) }
            }
        }
        return names
    }

    /// Terminal cells: East Asian Wide and Fullwidth count 2, combining marks 0, the rest 1 (ambiguous ones narrow,
    /// as in UTF-8 terminals).
    static func displayWidth(_ text: String) -> Int {
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD,
        ]
        return text.unicodeScalars.reduce(0) { total, scalar in
            if scalar.properties.generalCategory == .nonspacingMark { return total }
            return total + (wide.contains { $0.contains(scalar.value) } ? 2 : 1)
        }
    }
}
