import CheckoutDomain
import Foundation

/// Reads and writes the ISO 8601 forms the Antom SDKs put in `Request-Time`.
///
/// Hand-written rather than `ISO8601DateFormatter` because one parser must accept all of
/// `+00:00` (PY), `+0000` (PHP `DATE_ISO8601`), seven fractional digits (NET `"o"`) and `Z`
/// (JAVA `WebhookTool` sample), and formatter options differ between Darwin and Linux Foundation.
enum ISO8601Timestamp {
    /// `yyyy-MM-ddTHH:mm:ss[.f…](Z|±hh:mm|±hhmm)`; `nil` for anything else, including local times
    /// without an offset, which would name no single instant.
    static func date(from text: String) -> Date? {
        var scanner = ASCIIScanner(text)
        guard let year = scanner.number(digits: 4), scanner.skip("-"),
            let month = scanner.number(digits: 2), scanner.skip("-"),
            let day = scanner.number(digits: 2), scanner.skip("T"),
            let hour = scanner.number(digits: 2), scanner.skip(":"),
            let minute = scanner.number(digits: 2), scanner.skip(":"),
            let second = scanner.number(digits: 2)
        else { return nil }
        var fraction = 0.0
        if scanner.skip(".") {
            guard let value = scanner.fraction() else { return nil }
            fraction = value
        }
        guard let offset = scanner.utcOffsetSeconds(), scanner.isAtEnd else { return nil }

        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        // Calendar rolls 2024-02-30 over to March; comparing the components back rejects such dates.
        guard hour < 24, minute < 60, second < 60, let local = Calendar.utc.date(from: components) else { return nil }
        let check = Calendar.utc.dateComponents([.year, .month, .day], from: local)
        guard check.year == year, check.month == month, check.day == day else { return nil }
        return local.addingTimeInterval(fraction - Double(offset))
    }

    /// `2024-05-01T12:00:00+00:00`, the PY SDK's `isoformat(timespec="seconds")` form in UTC.
    static func utcString(from date: Date) -> String {
        ISOTimestamp.format(date)
    }
}

/// A forward-only reader over ASCII bytes for the timestamp grammar above.
private struct ASCIIScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    var isAtEnd: Bool { index == bytes.count }

    mutating func skip(_ character: Character) -> Bool {
        guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    mutating func number(digits count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + count] {
            guard let digit = Self.digit(byte) else { return nil }
            value = value * 10 + digit
        }
        index += count
        return value
    }

    /// One or more digits after the decimal point, as a value in [0, 1).
    mutating func fraction() -> Double? {
        let start = index
        while index < bytes.count, Self.digit(bytes[index]) != nil { index += 1 }
        guard index > start else { return nil }
        return Double("0." + String(decoding: bytes[start..<index], as: UTF8.self))
    }

    /// `Z` or `±hh[:]mm`, as seconds east of UTC.
    mutating func utcOffsetSeconds() -> Int? {
        if skip("Z") { return 0 }
        let sign: Int
        if skip("+") {
            sign = 1
        } else if skip("-") {
            sign = -1
        } else {
            return nil
        }
        guard let hours = number(digits: 2) else { return nil }
        _ = skip(":")
        guard let minutes = number(digits: 2), hours < 24, minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }

    private static func digit(_ byte: UInt8) -> Int? {
        (0x30...0x39).contains(byte) ? Int(byte - 0x30) : nil
    }
}
