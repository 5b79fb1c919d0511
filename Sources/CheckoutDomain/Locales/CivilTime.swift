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

    /// `yyyy-MM-dd<separator>HH:mm:ss`: ISO 8601's date and time with `T`, SQL's with a space.
    public func dateTime(separator: UInt8 = UInt8(ascii: "T")) -> String {
        String(decoding: dateTimeBytes(separator: separator), as: UTF8.self)
    }

    func dateTimeBytes(separator: UInt8 = UInt8(ascii: "T")) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        Self.append(year, digits: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.append(month, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.append(day, digits: 2, to: &bytes)
        bytes.append(separator)
        Self.append(hour, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.append(minute, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.append(second, digits: 2, to: &bytes)
        return bytes
    }

    /// `value` in decimal with at least `digits` digits, zero-padded, as `%0<digits>d` writes it.
    static func append(_ value: Int, digits: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        var width = 1
        while width < digits || magnitude / divisor >= 10 {
            divisor *= 10
            width += 1
        }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
            divisor /= 10
        }
    }

    /// Quotient and remainder rounded towards minus infinity, so dates before 1970 split correctly.
    private static func floorDivide(_ value: Int, _ divisor: Int) -> (Int, Int) {
        let remainder = value % divisor
        return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
    }
}
