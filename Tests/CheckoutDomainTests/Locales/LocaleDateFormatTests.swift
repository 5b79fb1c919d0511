import Foundation
import Testing

@testable import CheckoutDomain

/// Dates per page locale from fixed patterns: the same text on every machine, UTC unless an offset is given.
@Suite("Locales: dates and times")
struct LocaleDateFormatTests {
    /// 2026-01-08 15:05:09 UTC.
    static let afternoon = Date(timeIntervalSince1970: 1_767_884_709)

    @Test("date and time per locale, in UTC", arguments: [
        ("en_US", "Jan 8, 2026, 3:05 PM UTC", "Jan 8, 2026"),
        ("pt_BR", "08/01/2026 15:05 UTC", "08/01/2026"),
        ("es_MX", "08/01/2026 15:05 UTC", "08/01/2026"),
        ("pl_PL", "08.01.2026 15:05 UTC", "08.01.2026"),
        ("zh_CN", "2026年1月8日 15:05 UTC", "2026年1月8日"),
        ("ja_JP", "2026年1月8日 15:05 UTC", "2026年1月8日"),
        ("ko_KR", "2026. 1. 8. 15:05 UTC", "2026. 1. 8."),
        ("th_TH", "2026-01-08 15:05 UTC", "2026-01-08"),
    ])
    func perLocale(locale: String, dateTime: String, date: String) {
        #expect(LocaleDateFormat.format(Self.afternoon, locale: locale) == dateTime)
        #expect(LocaleDateFormat.format(Self.afternoon, locale: locale, style: .date) == date)
    }

    @Test("a hyphenated tag reads like the underscored one")
    func hyphenated() {
        #expect(LocaleDateFormat.format(Self.afternoon, locale: "pt-BR") == "08/01/2026 15:05 UTC")
    }

    @Test("an offset moves the wall clock and the date, and is written", arguments: [
        (8 * 3600, "zh_CN", "2026年1月8日 23:05 UTC+8"),
        (9 * 3600, "zh_CN", "2026年1月9日 00:05 UTC+9"),
        (-3 * 3600, "pt_BR", "08/01/2026 12:05 UTC-3"),
        (-6 * 3600, "es_MX", "08/01/2026 09:05 UTC-6"),
        (19_800, "en_US", "Jan 8, 2026, 8:35 PM UTC+5:30"),
        (-16 * 3600, "pl_PL", "07.01.2026 23:05 UTC-16"),
    ])
    func offsets(seconds: Int, locale: String, expected: String) {
        #expect(LocaleDateFormat.format(Self.afternoon, locale: locale, secondsFromGMT: seconds) == expected)
    }

    @Test("an offset beyond ±18 h is not a time zone: UTC is used and written")
    func impossibleOffset() {
        let text = LocaleDateFormat.format(Self.afternoon, locale: "pl_PL", secondsFromGMT: 20 * 3600)
        #expect(text == "08.01.2026 15:05 UTC")
    }

    @Test("a zone name is written before its offset; an impossible offset is UTC without the name")
    func zoneNames() {
        #expect(
            LocaleDateFormat.format(Self.afternoon, locale: "ja_JP", secondsFromGMT: 9 * 3600, zoneName: "JST")
                == "2026年1月9日 00:05 JST (UTC+9)")
        #expect(
            LocaleDateFormat.format(Self.afternoon, locale: "pl_PL", secondsFromGMT: 20 * 3600, zoneName: "CET")
                == "08.01.2026 15:05 UTC")
        #expect(LocaleDateFormat.format(Self.afternoon, locale: "en_US", zoneName: "UTC") == "Jan 8, 2026, 3:05 PM UTC")
    }

    @Test("en_US's 12-hour clock at midnight and noon", arguments: [
        (1_767_830_400, "Jan 8, 2026, 12:00 AM UTC"), (1_767_873_600, "Jan 8, 2026, 12:00 PM UTC"),
        (1_767_916_740, "Jan 8, 2026, 11:59 PM UTC"),
    ])
    func twelveHour(seconds: Int, expected: String) {
        let date = Date(timeIntervalSince1970: TimeInterval(seconds))
        #expect(LocaleDateFormat.format(date, locale: "en_US") == expected)
    }

    @Test("civil dates match Foundation's Gregorian calendar across leap years and before 1970")
    func civilMatchesCalendar() {
        let samples: [TimeInterval] = [
            -2_208_988_800, -86_401, -1, 0, 951_782_400, 951_868_799, 1_709_164_800, 4_107_542_400, 1_767_884_709,
        ]
        for seconds in samples {
            let date = Date(timeIntervalSince1970: seconds)
            let parts = Calendar.utc.dateComponents([.year, .month, .day, .hour, .minute], from: date)
            let civil = CivilTime(date, secondsFromGMT: 0)
            #expect(
                [civil.year, civil.month, civil.day, civil.hour, civil.minute]
                    == [parts.year, parts.month, parts.day, parts.hour, parts.minute].map { $0 ?? -1 },
                "\(seconds)")
        }
    }

    @Test("the machine's time zone does not matter")
    func independentOfTimeZone() {
        // The formatter never reads TimeZone.current; a fixed expectation in UTC proves it on any machine.
        #expect(LocaleDateFormat.format(Date(timeIntervalSince1970: 0), locale: "pl_PL") == "01.01.1970 00:00 UTC")
    }
}
