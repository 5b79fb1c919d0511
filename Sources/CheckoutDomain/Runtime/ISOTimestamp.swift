import Foundation

/// ISO 8601 timestamps as Antom writes them (`2025-03-19T16:21:06+08:00`).
public enum ISOTimestamp {
    /// Reads every form Antom and its SDKs produce: offsets with or without a colon, `Z`, fractional seconds.
    public static func parse(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = fractional.date(from: text) { return date }
        // `+0000` (PHP's DATE_ISO8601) and 7-digit fractions (.NET's "o") need normalising first.
        var normalised = text
        if let match = normalised.range(of: #"[+-]\d{4}$"#, options: .regularExpression) {
            let offset = normalised[match]
            normalised.replaceSubrange(match, with: "\(offset.prefix(3)):\(offset.suffix(2))")
        }
        if let match = normalised.range(of: #"\.\d+"#, options: .regularExpression) {
            normalised.replaceSubrange(match, with: String(normalised[match].prefix(4)))
        }
        return plain.date(from: normalised) ?? fractional.date(from: normalised)
    }

    /// Writes `date` with seconds precision in the given offset from UTC (Antom's sandbox answers in -08:00).
    public static func format(_ date: Date, secondsFromGMT: Int = 0) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(secondsFromGMT: secondsFromGMT) ?? TimeZone(secondsFromGMT: 0)
        let text = formatter.string(from: date)
        // ISO8601DateFormatter writes "Z" for UTC; Antom writes an explicit offset.
        return text.hasSuffix("Z") ? String(text.dropLast()) + "+00:00" : text
    }
}
