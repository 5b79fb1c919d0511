import Foundation

/// ISO 8601 timestamps as Antom writes them (`2025-03-19T16:21:06+08:00`).
public enum ISOTimestamp {
    /// Reads every form Antom and its SDKs produce: offsets with or without a colon, `Z`, fractional seconds.
    public static func parse(_ text: String) -> Date? {
        if let date = read(text) { return date }
        // `+0000` (PHP's DATE_ISO8601) and 7-digit fractions (.NET's "o") need normalising first.
        var normalised = text
        if let match = normalised.range(of: #"[+-]\d{4}$"#, options: .regularExpression) {
            let offset = normalised[match]
            normalised.replaceSubrange(match, with: "\(offset.prefix(3)):\(offset.suffix(2))")
        }
        if let match = normalised.range(of: #"\.\d+"#, options: .regularExpression) {
            normalised.replaceSubrange(match, with: String(normalised[match].prefix(4)))
        }
        return read(normalised)
    }

    private static func read(_ text: String) -> Date? {
        (try? Date(text, strategy: plain)) ?? (try? Date(text, strategy: fractional))
    }

    // Format styles are values (Sendable, cheap to reuse); an ISO8601DateFormatter per call cost ~100 µs.
    private static let plain = Date.ISO8601FormatStyle(timeZoneSeparator: .colon)
    private static let fractional = Date.ISO8601FormatStyle(timeZoneSeparator: .colon, includingFractionalSeconds: true)

    /// Writes `date` with seconds precision in the given offset from UTC (Antom's sandbox answers in -08:00).
    public static func format(_ date: Date, secondsFromGMT: Int = 0) -> String {
        write(date, plain, milliseconds: false, secondsFromGMT: secondsFromGMT)
    }

    /// Writes `date` in UTC to the millisecond (`2026-01-01T00:00:00.250+00:00`): for moments that must keep their
    /// order within a second, where Antom's own fields have whole seconds.
    public static func formatMilliseconds(_ date: Date) -> String {
        write(date, fractional, milliseconds: true, secondsFromGMT: 0)
    }

    /// By arithmetic (`CivilTime`) for whole-minute offsets within ±18 hours and years 1–9999, which is every
    /// timestamp the mock writes; Foundation's format style for anything else. Both write the same text
    /// (`TimestampTests`), but the style's calendar and time zone cost more than the rest of a notification.
    private static func write(
        _ date: Date, _ style: Date.ISO8601FormatStyle, milliseconds: Bool, secondsFromGMT: Int
    ) -> String {
        let civil = CivilTime(date, secondsFromGMT: secondsFromGMT)
        guard secondsFromGMT % 60 == 0, abs(secondsFromGMT) <= 18 * 3600, (1...9999).contains(civil.year) else {
            return foundationWrite(date, style, secondsFromGMT: secondsFromGMT)
        }
        var bytes: [UInt8] = []
        civil.appendDateTime(to: &bytes)
        if milliseconds {
            // Cut, not rounded, as the format style cuts.
            let seconds = date.timeIntervalSince1970
            let millisecond = min(999, Int(((seconds - seconds.rounded(.down)) * 1000).rounded(.down)))
            bytes.append(UInt8(ascii: "."))
            millisecond.appendDigits(zeroPaddedTo: 3, to: &bytes)
        }
        // Antom writes an explicit offset, `+00:00` for UTC, never `Z`.
        let minutes = abs(secondsFromGMT) / 60
        bytes.append(UInt8(ascii: secondsFromGMT < 0 ? "-" : "+"))
        (minutes / 60).appendDigits(zeroPaddedTo: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        (minutes % 60).appendDigits(zeroPaddedTo: 2, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The format style's text with `Z` written `+00:00`: the fallback, and what `TimestampTests` compares with.
    static func foundationWrite(_ date: Date, _ style: Date.ISO8601FormatStyle, secondsFromGMT: Int) -> String {
        var style = style
        style.timeZone = TimeZone(secondsFromGMT: secondsFromGMT) ?? .gmt
        let text = date.formatted(style)
        // The format style writes "Z" for UTC; Antom writes an explicit offset.
        return text.hasSuffix("Z") ? String(text.dropLast()) + "+00:00" : text
    }
}
