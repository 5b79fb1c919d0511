import Foundation

/// A card's expiry as the buyer types it, MM/YY.
public struct CardExpiry: Hashable, Sendable {
    /// 1...12 for a real month; the sandbox's "invalid expiry" month 13 is kept so the APO can decline it.
    public let month: Int
    /// Four-digit year.
    public let year: Int

    public init(month: Int, year: Int) {
        self.month = month
        self.year = year
    }

    /// Reads `MM/YY`, `MMYY` or `MM/YYYY`; nil when it is not shaped like an expiry.
    public init?(text: String) {
        let digits = text.filter(\.isASCIIDigit)
        guard digits.count == 4 || digits.count == 6, let month = Int(digits.prefix(2)),
            let yearDigits = Int(digits.dropFirst(2))
        else { return nil }
        self.month = month
        self.year = digits.count == 4 ? 2000 + yearDigits : yearDigits
    }

    /// `MM` as Antom's `expiryMonth` carries it.
    public var monthText: String { month < 10 ? "0\(month)" : "\(month)" }
    /// `YY` as Antom's `expiryYear` carries it.
    public var yearText: String { String(String(year).suffix(2)) }
    /// `MM/YY`.
    public var display: String { "\(monthText)/\(yearText)" }

    public var hasValidMonth: Bool { (1...12).contains(month) }

    /// True when the card still works during `date`'s month (a card expires after the last day of its month).
    /// The month is UTC's, as the mock's clock is.
    public func isValid(at date: Date) -> Bool {
        let now = CivilTime(date, secondsFromGMT: 0)
        return (year, month) >= (now.year, now.month)
    }
}

extension Calendar {
    /// Gregorian in UTC: the simulator's dates must not depend on the machine's time zone.
    public static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0)!
        return calendar
    }()
}
