import Foundation

/// A `Request-Time` / `Response-Time` header value, kept exactly as sent, readable as a `Date`.
///
/// The SDKs disagree on the format (JAVA/GO send epoch milliseconds, PY `2024-05-01T12:00:00+00:00`,
/// PHP `2024-05-01T12:00:00+0000`, NET `2024-05-01T12:00:00.1234567Z`), and the signature covers the
/// header text, so signing and verifying always use `text`; `date()` exists only for clock-skew checks
/// and display.
public struct RequestTime: Sendable, Hashable, CustomStringConvertible {
    /// How a new value is written.
    public enum Format: Sendable {
        /// `1685599933871`: what the JAVA (`DateTool.getCurrentTimeMillis`) and GO SDKs send and the docs show.
        case epochMilliseconds
        /// `2024-05-01T12:00:00+00:00`: what the PY SDK (`get_cur_iso8601_time`) sends.
        case iso8601
    }

    /// The header value, byte for byte.
    public let text: String

    /// Wraps a received header value without interpreting it.
    public init(_ text: String) {
        self.text = text
    }

    /// Writes `date` in `format`; milliseconds and seconds are truncated, as `currentTimeMillis` and
    /// `isoformat(timespec="seconds")` do.
    public init(date: Date, format: Format = .epochMilliseconds) {
        switch format {
        case .epochMilliseconds:
            text = String(Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))
        case .iso8601:
            text = ISO8601Timestamp.utcString(from: date)
        }
    }

    /// The current time in `format`.
    public static func now(format: Format = .epochMilliseconds) -> RequestTime {
        RequestTime(date: Date(), format: format)
    }

    /// The instant the value names: epoch milliseconds, or ISO 8601 with a `Z` or `±hh:mm`/`±hhmm` offset.
    public func date() throws(RequestTimeError) -> Date {
        if let milliseconds = Self.epochMilliseconds(text) {
            return Date(timeIntervalSince1970: Double(milliseconds) / 1000)
        }
        if let date = ISO8601Timestamp.date(from: text) {
            return date
        }
        throw RequestTimeError.unrecognizedFormat(text)
    }

    public var description: String { text }

    /// Digits only; at most 15 so the value fits an `Int64` and stays below year 33658.
    private static func epochMilliseconds(_ text: String) -> Int64? {
        guard (1...15).contains(text.utf8.count), text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            return nil
        }
        return Int64(text)
    }
}
