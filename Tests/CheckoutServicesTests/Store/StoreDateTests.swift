@testable import CheckoutServices
import Foundation
import GRDB
import Testing

/// The date columns keep the text GRDB itself writes for a `Date`, so older databases, their indexes and anyone
/// querying them see no change.
@Suite("SQLite store: date columns")
struct StoreDateTests {
    @Test("StoreDate writes what GRDB writes for the same date, to the millisecond")
    func sameAsGRDB() {
        var generator = SystemRandomNumberGenerator()
        var dates: [Date] = [
            Date(timeIntervalSince1970: 1_767_225_600), Date(timeIntervalSince1970: 1_767_225_600.001),
            Date(timeIntervalSince1970: 1_767_225_600.999), Date(timeIntervalSince1970: 1_767_225_599.9995),
            Date(timeIntervalSince1970: 951_782_400.5), Date(timeIntervalSince1970: 4_102_444_799.999_9),
        ]
        // Whole milliseconds (as the mock's clocks step), any fraction, and the same second twice in a row.
        for _ in 0..<5_000 {
            let millisecond = Int64.random(in: 946_684_800_000...4_102_444_800_000, using: &generator)
            dates.append(Date(timeIntervalSince1970: Double(millisecond) / 1_000))
            dates.append(Date(timeIntervalSince1970: Double.random(in: 946_684_800...4_102_444_800, using: &generator)))
            dates.append(dates[dates.count - 1].addingTimeInterval(0.000_4))
        }
        let differing = dates.filter { StoreDate($0).databaseValue != $0.databaseValue }
        let shown = differing.prefix(3).map {
            "\($0.timeIntervalSince1970): \(StoreDate($0).databaseValue), GRDB \($0.databaseValue)"
        }
        #expect(differing.count == 0, "of \(dates.count); first: \(shown)")
    }
}
