import Foundation
import Testing

@testable import CheckoutDomain

/// Deadlines and times on the clock of the payment's market, the zone named.
@Suite("Locales: market time zones")
struct MarketTimeZoneTests {
    /// 2026-01-08 15:05:09 UTC (winter in Europe).
    static let winter = Date(timeIntervalSince1970: 1_767_884_709)
    /// 2026-07-08 15:05:09 UTC (summer in Europe).
    static let summer = Date(timeIntervalSince1970: 1_783_523_109)

    /// The en_US + SGD row is the bug seen in a Singapore demo: an English page put the deadline on New York's clock.
    @Test("the method's own country decides first, then a national currency's, then the locale's, then USD's", arguments: [
        (["JP"], "en_US", "JPY", "JP"), (["GLOBAL"], "ko_KR", "USD", "KR"), (["GLOBAL"], "en", "BRL", "BR"),
        (["GLOBAL"], nil, "EUR", ""), (["SG"], "zh_CN", "SGD", "SG"), (["GLOBAL"], "en_US", "SGD", "SG"),
        (["GLOBAL"], "pt-BR", "SGD", "SG"), (["GLOBAL"], "pl_PL", "EUR", "PL"), (["GLOBAL"], "en", "USD", "US"),
    ] as [([String], String?, String, String)])
    func market(regions: [String], locale: String?, currency: String, country: String) {
        #expect(MarketTimeZone.market(methodRegions: regions, locale: locale, currency: currency).country == country)
    }

    @Test("a konbini deadline reads in Japan Standard Time, in Japanese and in English")
    func konbini() {
        let japan = MarketTimeZone.market(methodRegions: ["JP"], locale: "ja_JP", currency: "JPY")
        #expect(japan.format(Self.winter, locale: "ja_JP") == "2026年1月9日 00:05 JST (UTC+9)")
        #expect(japan.format(Self.winter, locale: "en_US") == "Jan 9, 2026, 12:05 AM JST (UTC+9)")
    }

    @Test("Korea, Brazil and Mexico have fixed offsets", arguments: [
        ("KR", "ko_KR", "2026. 1. 9. 00:05 KST (UTC+9)"), ("BR", "pt_BR", "08/01/2026 12:05 BRT (UTC-3)"),
        ("MX", "es_MX", "08/01/2026 09:05 CST (UTC-6)"),
    ])
    func fixed(country: String, locale: String, expected: String) throws {
        let zone = try #require(MarketTimeZone.of(country: country))
        #expect(zone.format(Self.winter, locale: locale) == expected)
    }

    @Test("Poland changes its clocks: CET in winter, CEST in summer")
    func daylightSaving() throws {
        let poland = try #require(MarketTimeZone.of(country: "PL"))
        #expect(poland.format(Self.winter, locale: "pl_PL") == "08.01.2026 16:05 CET (UTC+1)")
        #expect(poland.format(Self.summer, locale: "pl_PL") == "08.07.2026 17:05 CEST (UTC+2)")
    }

    @Test("an unknown market is UTC, written once")
    func unknown() {
        #expect(MarketTimeZone.of(country: "XX") == nil)
        #expect(MarketTimeZone.utc.format(Self.winter, locale: "en_US") == "Jan 8, 2026, 3:05 PM UTC")
    }
}
