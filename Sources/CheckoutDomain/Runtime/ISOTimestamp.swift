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
        write(date, plain, secondsFromGMT: secondsFromGMT)
    }

    /// Writes `date` in UTC to the millisecond (`2026-01-01T00:00:00.250+00:00`): for moments that must keep their
    /// order within a second, where Antom's own fields have whole seconds.
    public static func formatMilliseconds(_ date: Date) -> String {
        write(date, fractional, secondsFromGMT: 0)
    }

    private static func write(_ date: Date, _ style: Date.ISO8601FormatStyle, secondsFromGMT: Int) -> String {
        var style = style
        style.timeZone = TimeZone(secondsFromGMT: secondsFromGMT) ?? .gmt
        let text = date.formatted(style)
        // The format style writes "Z" for UTC; Antom writes an explicit offset.
        return text.hasSuffix("Z") ? String(text.dropLast()) + "+00:00" : text
    }
}
