import CheckoutDomain
import Foundation
import GRDB

/// A date column's value, the same text GRDB writes for a `Date` ("yyyy-MM-dd HH:mm:ss.SSS", UTC), without GRDB's
/// shared `DateFormatter`: a save writes one to five dates, and without the formatter `serve` answers 12–17% more
/// createPaymentSessions a second. `CivilTime` names the date by arithmetic; the milliseconds are rounded to the
/// nearest as the formatter rounds (`StoreDateTests` compares the two).
struct StoreDate: DatabaseValueConvertible {
    let date: Date

    init(_ date: Date) {
        self.date = date
    }

    var databaseValue: DatabaseValue { Self.text(date).databaseValue }

    static func fromDatabaseValue(_ dbValue: DatabaseValue) -> StoreDate? {
        Date.fromDatabaseValue(dbValue).map(StoreDate.init)
    }

    static func text(_ date: Date) -> String {
        // As the formatter counts: milliseconds since 1970, to the nearest.
        let milliseconds = (date.timeIntervalSince1970 * 1_000).rounded()
        let second = (milliseconds / 1_000).rounded(.down)
        let millisecond = Int(milliseconds - second * 1_000)
        let civil = CivilTime(Date(timeIntervalSince1970: second), secondsFromGMT: 0)
        let prefix = civil.dateTime(separator: UInt8(ascii: " "))
        let fraction = millisecond < 10 ? "00\(millisecond)" : millisecond < 100 ? "0\(millisecond)" : "\(millisecond)"
        return prefix + "." + fraction
    }
}
