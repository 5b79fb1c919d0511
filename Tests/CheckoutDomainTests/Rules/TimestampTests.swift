import Foundation
import Testing

@testable import CheckoutDomain

@Suite("ISO timestamps")
struct TimestampTests {
    @Test("every form Antom and its SDKs write parses to the same instant", arguments: [
        "2024-05-01T12:00:00+00:00", "2024-05-01T12:00:00+0000", "2024-05-01T12:00:00Z",
        "2024-05-01T12:00:00.1234567Z", "2024-05-01T20:00:00+08:00", "2024-05-01T05:00:00-07:00",
    ])
    func parses(text: String) throws {
        let date = try #require(ISOTimestamp.parse(text))
        #expect(date.timeIntervalSince1970.rounded(.down) == 1_714_564_800)
    }

    @Test("garbage does not parse")
    func garbage() {
        #expect(ISOTimestamp.parse("yesterday") == nil)
        #expect(ISOTimestamp.parse("2024-13-01T00:00:00Z") == nil)
    }

    @Test("formatting writes an explicit offset")
    func format() throws {
        let date = Date(timeIntervalSince1970: 1_714_564_800)
        #expect(ISOTimestamp.format(date) == "2024-05-01T12:00:00+00:00")
        #expect(ISOTimestamp.format(date, secondsFromGMT: -8 * 3600) == "2024-05-01T04:00:00-08:00")
    }
}
