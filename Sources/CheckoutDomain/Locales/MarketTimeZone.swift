import Foundation

/// The time zone of the market a payment happens in, so a deadline reads as the buyer's clock says it
/// (`2026年1月15日 09:00 JST`), with the zone always named.
///
/// The offset at a date comes from the IANA database (Poland and the Netherlands change clocks); the names are
/// fixed here, because Foundation's abbreviations differ between platforms (`GMT+9` on Linux, `JST` elsewhere).
public struct MarketTimeZone: Equatable, Sendable {
    /// ISO 3166 country code (`JP`).
    public var country: String
    /// IANA identifier (`Asia/Tokyo`).
    public var identifier: String
    private var standardName: String
    private var daylightName: String?

    /// UTC, for a market the simulator cannot tell.
    public static let utc = MarketTimeZone(country: "", identifier: "UTC", standardName: "UTC", daylightName: nil)

    private static let table: [String: MarketTimeZone] = {
        let zones: [(String, String, String, String?)] = [
            ("JP", "Asia/Tokyo", "JST", nil), ("KR", "Asia/Seoul", "KST", nil), ("CN", "Asia/Shanghai", "CST", nil),
            ("HK", "Asia/Hong_Kong", "HKT", nil), ("SG", "Asia/Singapore", "SGT", nil),
            ("MY", "Asia/Kuala_Lumpur", "MYT", nil), ("PH", "Asia/Manila", "PHT", nil), ("ID", "Asia/Jakarta", "WIB", nil),
            ("TH", "Asia/Bangkok", "ICT", nil), ("TW", "Asia/Taipei", "CST", nil), ("VN", "Asia/Ho_Chi_Minh", "ICT", nil),
            ("BR", "America/Sao_Paulo", "BRT", nil), ("MX", "America/Mexico_City", "CST", nil),
            ("CL", "America/Santiago", "CLT", "CLST"), ("PE", "America/Lima", "PET", nil),
            ("PL", "Europe/Warsaw", "CET", "CEST"), ("NL", "Europe/Amsterdam", "CET", "CEST"),
            ("GB", "Europe/London", "GMT", "BST"), ("US", "America/New_York", "EST", "EDT"),
            ("AU", "Australia/Sydney", "AEST", "AEDT"),
        ]
        var table: [String: MarketTimeZone] = [:]
        for (country, identifier, standard, daylight) in zones {
            table[country] = MarketTimeZone(
                country: country, identifier: identifier, standardName: standard, daylightName: daylight)
        }
        return table
    }()

    /// The zone of `country` (`JP`), nil for a country the table does not have.
    public static func of(country: String) -> MarketTimeZone? {
        table[country.uppercased()]
    }

    /// The market of a payment: the method's own single country (KONBINI: Japan), else the currency's country when
    /// the currency is a national one (SGD: Singapore, whatever the page's language), else the page locale's
    /// country (`ko_KR` paying USD: Korea), else the currency's even when it is used across borders (USD); UTC when
    /// none says. English is a page language in every market, so the locale alone must not name the market.
    public static func market(methodRegions: [String], locale: String?, currency: String?) -> MarketTimeZone {
        if methodRegions.count == 1, let zone = of(country: methodRegions[0]) { return zone }
        // ISO 4217 codes start with the issuing country's ISO 3166 code (JPY, KRW, BRL).
        let currencyZone = currency.flatMap { of(country: String($0.prefix(2))) }
        if let currency, let currencyZone, !crossBorderCurrencies.contains(currency.uppercased()) { return currencyZone }
        if let country = locale.map(LocaleTag.underscored)?.split(separator: "_").dropFirst().first,
            let zone = of(country: String(country))
        {
            return zone
        }
        return currencyZone ?? .utc
    }

    /// Currencies priced in well beyond their issuing country, which therefore say little about the buyer's clock.
    private static let crossBorderCurrencies: Set<String> = ["USD", "EUR"]

    /// Seconds from UTC at `date`.
    public func secondsFromGMT(at date: Date) -> Int {
        TimeZone(identifier: identifier)?.secondsFromGMT(for: date) ?? 0
    }

    /// `JST`, `CEST`: the zone's name at `date`.
    public func name(at date: Date) -> String {
        guard let daylightName, TimeZone(identifier: identifier)?.isDaylightSavingTime(for: date) == true else {
            return standardName
        }
        return daylightName
    }

    /// `date` written for `locale` on this market's clock, the zone named.
    public func format(_ date: Date, locale: String, style: LocaleDateFormat.Style = .dateTime) -> String {
        LocaleDateFormat.format(
            date, locale: locale, style: style, secondsFromGMT: secondsFromGMT(at: date), zoneName: name(at: date))
    }
}
