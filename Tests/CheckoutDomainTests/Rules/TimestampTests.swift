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

    /// Offsets of real zones (quarter hours from -12:00 to +14:00), and ones only the fallback takes.
    static let offsets = Array(stride(from: -12 * 3600, through: 14 * 3600, by: 900)) + [30, -3599, 19 * 3600]

    @Test("arithmetic writes what Foundation's format style writes, across 1900–9700, every offset and the fallback")
    func arithmeticMatchesFoundation() {
        let plain = Date.ISO8601FormatStyle(timeZoneSeparator: .colon)
        let fractional = Date.ISO8601FormatStyle(timeZoneSeparator: .colon, includingFractionalSeconds: true)
        var mismatches: [String] = []
        // Steps of 142.9 days and a changing fraction of a second walk every month, leap years and centuries.
        for index in 0..<20_000 {
            let date = Date(timeIntervalSince1970: -2_208_988_800 + Double(index) * 12_345_679.371)
            let offset = Self.offsets[index % Self.offsets.count]
            if ISOTimestamp.format(date, secondsFromGMT: offset)
                != ISOTimestamp.foundationWrite(date, plain, secondsFromGMT: offset)
            {
                mismatches.append("\(date.timeIntervalSince1970) at \(offset)")
            }
            let milliseconds = ISOTimestamp.foundationWrite(date, fractional, secondsFromGMT: 0)
            if ISOTimestamp.formatMilliseconds(date) != milliseconds {
                mismatches.append("\(date.timeIntervalSince1970) with milliseconds")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) differ, first: \(mismatches.prefix(5))")
    }

    @Test("leap days, century years and the ends of the range", arguments: [
        (951_782_400.0, 0, "2000-02-29T00:00:00+00:00"), (-2_203_891_200, 0, "1900-03-01T00:00:00+00:00"),
        (4_107_456_000, 0, "2100-02-28T00:00:00+00:00"), (253_402_300_799, 0, "9999-12-31T23:59:59+00:00"),
        (-1, 0, "1969-12-31T23:59:59+00:00"), (1_714_564_800, 5 * 3600 + 1800, "2024-05-01T17:30:00+05:30"),
        (1_714_564_800, -(9 * 3600 + 1800), "2024-05-01T02:30:00-09:30"),
    ])
    func knownDates(seconds: Double, offset: Int, text: String) {
        #expect(ISOTimestamp.format(Date(timeIntervalSince1970: seconds), secondsFromGMT: offset) == text)
    }

    @Test("milliseconds are cut, not rounded, as Foundation cuts them")
    func millisecondsCut() {
        let almost = Date(timeIntervalSince1970: 1_714_564_800.2509)
        #expect(ISOTimestamp.formatMilliseconds(almost) == "2024-05-01T12:00:00.250+00:00")
        #expect(ISOTimestamp.formatMilliseconds(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59.500+00:00")
    }

    @Test("civil date and time with either separator, and a year past 9999 in full")
    func civilDateTime() {
        let date = Date(timeIntervalSince1970: 1_714_564_800)
        #expect(CivilTime(date, secondsFromGMT: 0).dateTime() == "2024-05-01T12:00:00")
        #expect(CivilTime(date, secondsFromGMT: 0).dateTime(separator: UInt8(ascii: " ")) == "2024-05-01 12:00:00")
        let year10000 = Date(timeIntervalSince1970: 253_402_300_800)
        #expect(CivilTime(year10000, secondsFromGMT: 0).dateTime() == "10000-01-01T00:00:00")
        #expect(ISOTimestamp.format(year10000).hasPrefix("10000-01-01T00:00:00"))
        #expect(7.zeroPadded(to: 3) == "007" && 12_345.zeroPadded(to: 2) == "12345" && (-5).zeroPadded(to: 3) == "-005")
    }

    @Test(
        "zero padding as %0Nd writes it, as a string and appended to bytes already there; a sign goes before the padding",
        arguments: [
            (0, 0, "0"), (0, 3, "000"), (9, 1, "9"), (10, 1, "10"), (Int.max, 1, "9223372036854775807"),
            (1_234_567, 16, "0000000001234567"), (-12, 1, "-12"), (-1, 20, "-00000000000000000001"),
            (Int.min, 1, "-9223372036854775808"),
        ])
    func zeroPadding(_ value: Int, _ width: Int, _ text: String) {
        #expect(value.zeroPadded(to: width) == text)
        if value >= 0 { #expect(String(format: "%0\(width)ld", value) == text, "the reference itself") }
        var bytes = Array("at ".utf8)
        value.appendDigits(zeroPaddedTo: width, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "at " + text)
        #expect(UInt64.max.zeroPadded(to: 22) == "0018446744073709551615")
    }
}
