import CheckoutServices
import Foundation
import Testing

/// Request-Time parsing of every SDK form, garbage rejection and formatting.
@Suite struct RequestTimeTests {
    /// Every form the SDKs and docs send, with the instant as computed by Python's `datetime.fromisoformat`.
    @Test(arguments: [
        ("1685599933871", 1_685_599_933.871),  // JAVA, GO, DOCS
        ("2024-05-01T12:00:00+00:00", 1_714_564_800),  // PY
        ("2024-05-01T12:00:00+0000", 1_714_564_800),  // PHP DATE_ISO8601
        ("2024-05-01T12:00:00.1234567Z", 1_714_564_800.1234567),  // NET "o"
        ("2019-05-28T12:12:12+08:00", 1_559_016_732),  // old DOCS
        ("2025-06-17T19:02:50-07:00", 1_750_212_170),
        ("2019-01-01T01:01:01Z", 1_546_304_461),  // JAVA WebhookTool sample
        ("2024-02-29T23:59:59-00:30", 1_709_252_999),  // leap day, negative half-hour offset
    ])
    func parsesSDKForms(text: String, seconds: TimeInterval) throws {
        let time = RequestTime(text)
        #expect(time.text == text)
        #expect(abs(try time.date().timeIntervalSince1970 - seconds) < 0.000_001)
    }

    @Test(arguments: [
        "", " 1685599933871", "1685599933871 ", "-1", "1685599933.871", "12345678901234567",
        "2024-05-01", "2024-05-01T12:00:00", "2024-05-01 12:00:00Z", "2024-05-01T12:00:00+08",
        "2024-13-01T12:00:00Z", "2023-02-29T12:00:00Z", "2024-04-31T12:00:00Z", "2024-05-01T24:00:00Z",
        "2024-05-01T12:60:00Z", "2024-05-01T12:00:00.Z", "2024-05-01T12:00:00Zjunk", "tomorrow",
    ])
    func rejectsGarbage(text: String) {
        #expect(throws: RequestTimeError.unrecognizedFormat(text)) {
            try RequestTime(text).date()
        }
    }

    @Test func writesEpochMillisecondsByDefault() {
        let time = RequestTime(date: Date(timeIntervalSince1970: 1_685_599_933.8719))
        #expect(time.text == "1685599933871")
    }

    @Test func writesPythonISOForm() throws {
        let time = RequestTime(date: Date(timeIntervalSince1970: 1_714_564_800.75), format: .iso8601)
        #expect(time.text == "2024-05-01T12:00:00+00:00")
        #expect(try time.date() == Date(timeIntervalSince1970: 1_714_564_800))
        // The text of the last second is kept: the same second, the next, and back again, each read right.
        let texts = [800.1, 800.99, 801.0, 800.5, 87_200.0].map { offset in
            RequestTime(date: Date(timeIntervalSince1970: 1_714_564_000 + offset), format: .iso8601).text
        }
        #expect(texts == [
            "2024-05-01T12:00:00+00:00", "2024-05-01T12:00:00+00:00", "2024-05-01T12:00:01+00:00",
            "2024-05-01T12:00:00+00:00", "2024-05-02T12:00:00+00:00",
        ])
    }

    @Test func nowRoundTripsThroughItsOwnParser() throws {
        let before = Date().addingTimeInterval(-1)
        for format in [RequestTime.Format.epochMilliseconds, .iso8601] {
            let parsed = try RequestTime.now(format: format).date()
            #expect(parsed >= before && parsed <= Date().addingTimeInterval(1))
        }
    }
}
