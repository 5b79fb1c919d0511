import CheckoutDomain
import CheckoutTUICore
import Testing

/// Issue 11, bad input: an amount typed into the capture or refund prompt with a decimal point the currency has
/// not, zero, a minus sign, or above what remains is refused in the prompt with a message naming the limit, and
/// no call is made.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct AmountPromptRulesTests {
    @Test("each refused amount names the limit; nothing is sent", arguments: [
        // card-manual-capture: USD 89.00 authorised, capture open.
        ("card-manual-capture", "c", "-5", "An amount cannot be negative: type at most $89.00."),
        ("card-manual-capture", "c", "0", "Capture more than zero, at most $89.00."),
        ("card-manual-capture", "c", "0.00", "Capture more than zero, at most $89.00."),
        ("card-manual-capture", "c", "89.01", "Above what remains: at most $89.00 can be captured."),
        // kr-toss-kakao paid by card: KRW has no minor unit, so a decimal point is refused.
        // The box wraps a long message: the limit is on the next line.
        ("kr-toss-kakao", "r", "100.5", "KRW has no decimals: type a whole number, at most\n₩36,000."),
        ("kr-toss-kakao", "r", "36001", "Above what remains: at most ₩36,000 can be refunded."),
    ])
    func refused(scenario: String, key: String, typed: String, message: String) async throws {
        let keys = ([key] + typed.map(String.init) + ["Enter"]).joined(separator: " ")
        let expectations = message.split(separator: "\n").map { #"{"expectScreen": "\#($0)"}"# }.joined(separator: ", ")
        let report = try await HeadlessFixtures.play(scenario, """
            [\(HeadlessFixtures.cardSteps), {"expectEvent": "SDK_PAYMENT_SUCCESSFUL"}, {"keys": "\(keys)"},
             \(expectations)]
            """)
        #expect(report.passed, "\(report.error?.message ?? "") \(report.expectations.filter { $0.passed != true })")
        let operation = key == "c" ? "capture" : "refund"
        #expect(!report.timeline.contains { $0.api == operation }, "a refused amount made a \(operation) call")
    }
}
