import Foundation

/// Dates and times as a buyer in each page locale reads them, from fixed patterns.
///
/// Neither ICU's locale data nor the machine's time zone is consulted, so the page shows the same text on every
/// machine and in every test run. Times are UTC unless an offset is given, and the zone is always written.
public enum LocaleDateFormat {
    /// Which parts to show.
    public enum Style: Sendable {
        /// `Jan 8, 2026` / `08/01/2026` / `2026年1月8日`.
        case date
        /// The date, the time and the zone: `Jan 8, 2026, 3:05 PM UTC` / `08.01.2026 15:05 UTC`.
        case dateTime
    }

    /// `date` in the given offset from UTC, written the way `locale` (`pt_BR`, `pt-BR`) writes it.
    ///
    /// Locales without a pattern get `2026-01-08 15:05 UTC`, which no reader misreads. An offset outside ±18 h is
    /// not a time zone, so UTC is used and written. `zoneName` (`JST`) is written before the offset when given.
    public static func format(
        _ date: Date, locale: String, style: Style = .dateTime, secondsFromGMT: Int = 0, zoneName: String? = nil
    ) -> String {
        let offset = abs(secondsFromGMT) <= 18 * 3600 ? secondsFromGMT : 0
        let parts = CivilTime(date, secondsFromGMT: offset)
        let tag = LocaleTag.underscored(locale)
        let day = datePart(parts, locale: tag)
        guard style == .dateTime else { return day }
        // en_US puts a comma between date and time (`Jan 8, 2026, 3:05 PM`); the others a space.
        let utcOffset = zone(offset)
        let named = zoneName.map { $0 == utcOffset || offset != secondsFromGMT ? utcOffset : "\($0) (\(utcOffset))" } ?? utcOffset
        return day + (tag == "en_US" ? ", " : " ") + timePart(parts, locale: tag) + " " + named
    }

    private static let englishMonths = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    private static func datePart(_ time: CivilTime, locale: String) -> String {
        switch locale {
        case "en_US": "\(englishMonths[time.month - 1]) \(time.day), \(time.year)"
        case "pt_BR", "es_MX": "\(time.day.zeroPadded(to: 2))/\(time.month.zeroPadded(to: 2))/\(time.year)"
        case "pl_PL": "\(time.day.zeroPadded(to: 2)).\(time.month.zeroPadded(to: 2)).\(time.year)"
        case "zh_CN", "ja_JP": "\(time.year)年\(time.month)月\(time.day)日"
        // Korean writes the year, month and day each followed by a full stop (`2026. 1. 8.`).
        case "ko_KR": "\(time.year). \(time.month). \(time.day)."
        default: "\(time.year)-\(time.month.zeroPadded(to: 2))-\(time.day.zeroPadded(to: 2))"
        }
    }

    /// en_US reads a 12-hour clock; Brazil, Mexico, Poland, China, Japan and Korea read 24-hour on a page.
    private static func timePart(_ time: CivilTime, locale: String) -> String {
        guard locale == "en_US" else {
            return "\(time.hour.zeroPadded(to: 2)):\(time.minute.zeroPadded(to: 2))"
        }
        let hour = time.hour % 12 == 0 ? 12 : time.hour % 12
        return "\(hour):\(time.minute.zeroPadded(to: 2)) \(time.hour < 12 ? "AM" : "PM")"
    }

    /// `UTC`, `UTC+8`, `UTC-3`, `UTC+5:30`.
    private static func zone(_ secondsFromGMT: Int) -> String {
        guard secondsFromGMT != 0 else { return "UTC" }
        let minutes = abs(secondsFromGMT) / 60
        let sign = secondsFromGMT < 0 ? "-" : "+"
        return "UTC\(sign)\(minutes / 60)" + (minutes % 60 == 0 ? "" : ":\((minutes % 60).zeroPadded(to: 2))")
    }
}
