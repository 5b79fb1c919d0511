import Foundation

/// A moment split into Gregorian date and wall-clock time at a fixed offset, by arithmetic alone.
///
/// Foundation's calendar and format styles give the same parts, at a cost the mock paid for every timestamp of every
/// answer and notification (docs/performance.md); these are proleptic Gregorian, as ISO 8601 dates are.
public struct CivilTime: Equatable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(_ date: Date, secondsFromGMT: Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + secondsFromGMT
        let (days, secondOfDay) = Self.floorDivide(seconds, 86_400)
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        second = secondOfDay % 60
        // Howard Hinnant's days-to-civil: eras of 400 years starting on 1 March, so leap days fall at a year's end.
        let (era, dayOfEra) = Self.floorDivide(days + 719_468, 146_097)
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// `yyyy-MM-dd<separator>HH:mm:ss`: ISO 8601's date and time with `T`, SQL's with a space. The year must not
    /// be negative.
    public func dateTime(separator: UInt8 = UInt8(ascii: "T")) -> String {
        var bytes: [UInt8] = []
        appendDateTime(separator: separator, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same text appended to `bytes`, which a timestamp goes on filling.
    func appendDateTime(separator: UInt8 = UInt8(ascii: "T"), to bytes: inout [UInt8]) {
        bytes.reserveCapacity(bytes.count + 32)
        year.appendDigits(zeroPaddedTo: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        month.appendDigits(zeroPaddedTo: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        day.appendDigits(zeroPaddedTo: 2, to: &bytes)
        bytes.append(separator)
        hour.appendDigits(zeroPaddedTo: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        minute.appendDigits(zeroPaddedTo: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        second.appendDigits(zeroPaddedTo: 2, to: &bytes)
    }

    /// Quotient and remainder rounded towards minus infinity, so dates before 1970 split correctly.
    private static func floorDivide(_ value: Int, _ divisor: Int) -> (Int, Int) {
        let remainder = value % divisor
        return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
    }
}
