import CheckoutDomain
import CheckoutTUICore
import Foundation
import Testing

/// Simulated latency: the page shows it is processing, and a second press of Pay meanwhile is the SDK's
/// duplicate submission, in the TUI and in `play`, with one payment made.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct LatencyTests {
    static let slowPay = SimulatedLatency(seconds: [.page(.submitPayment): 2])
    nonisolated static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    static func session(latency: SimulatedLatency?, size: Size = Size(width: 80, height: 24)) throws -> HeadlessSession {
        let cards = try SandboxTestCards.bundled()
        var scenario = try ScenarioLibrary(testCards: cards).load("sg-card-first-payment")
        scenario.latency = latency
        let clock = ManualClock(SimulatedCheckout.defaultStart)
        let checkout = try SimulatedCheckout(
            scenario: scenario, scenarioName: "sg-card-first-payment", mode: .embedded, clock: clock, testCards: cards)
        return HeadlessSession(checkout: checkout, clock: clock, size: size)
    }

    /// Into the card form, the sandbox Visa typed, Enter pays.
    static func payByCard(_ session: HeadlessSession) async {
        var keys: [Key] = [.down, .down, .enter]
        keys += HeadlessFixtures.visa.map(Key.character) + [.tab] + "1230".map(Key.character) + [.tab]
        keys += "123".map(Key.character) + [.tab] + "GAGA TEST".map(Key.character) + [.enter]
        for key in keys { await session.press(key) }
    }

    static func count(_ title: String, in session: HeadlessSession) -> Int {
        session.app.state.timeline.entries.filter { $0.title == title }.count
    }

    @Test("Pay pressed twice while the payment is processing: SDK_DUPLICATE_SUBMISSION_BEHAVIOR, one payment")
    func payTwice() async throws {
        let session = try Self.session(latency: Self.slowPay)
        await session.start()
        await Self.payByCard(session)
        #expect(session.app.state.page.phase == .submitting(.pay))
        #expect(session.frame.textLines().joined().contains("Processing…"))
        await session.press(.enter)
        #expect(Self.count("SDK_DUPLICATE_SUBMISSION_BEHAVIOR", in: session) == 1)
        await session.advance(by: 2)
        #expect(Self.count("SDK_PAYMENT_SUCCESSFUL", in: session) == 1)
        #expect(Self.count("submitPayment", in: session) == 1)
    }

    @Test("the processing state", arguments: sizes)
    func processingSnapshot(size: Size) async throws {
        let session = try Self.session(latency: Self.slowPay, size: size)
        await session.start()
        await Self.payByCard(session)
        SnapshotAssertion.assertSnapshot(session.frame, named: "processing-card-\(size.width)x\(size.height)")
    }

    @Test("without a latency the answer is there at once, and a second Enter is no payment")
    func noLatency() async throws {
        let session = try Self.session(latency: nil)
        await session.start()
        await Self.payByCard(session)
        #expect(Self.count("SDK_PAYMENT_SUCCESSFUL", in: session) == 1)
        #expect(Self.count("submitPayment", in: session) == 1)
    }

    @Test("play: {\"keys\": \"Enter Enter\"} within the latency is a duplicate submission, one payment")
    func play() async throws {
        let cards = try SandboxTestCards.bundled()
        var scenario = try ScenarioLibrary(testCards: cards).load("sg-card-first-payment")
        scenario.latency = Self.slowPay
        let run = HeadlessRun(
            scenario: scenario, scenarioName: "sg-card-first-payment", mode: .embedded,
            size: Size(width: 120, height: 40), testCards: cards)
        let report = try await run.play(try HeadlessFixtures.steps("""
            [{"select": "CARD"},
             {"fill": {"cardNo": "4054695723100768", "expiry": "1230", "cvv": "123", "cardholderName": "GAGA TEST"}},
             {"keys": "Enter Enter"}, {"expectEvent": "SDK_DUPLICATE_SUBMISSION_BEHAVIOR"},
             {"expectEvent": "SDK_PAYMENT_SUCCESSFUL"}]
            """))
        #expect(report.passed, "\(report.expectations.map { $0.message ?? "" })")
        #expect(report.timeline.filter { $0.kind == "sdkEvent" && $0.code == "SDK_DUPLICATE_SUBMISSION_BEHAVIOR" }.count == 1)
        #expect(report.timeline.filter { $0.api == "submitPayment" }.count == 1)
    }

    @Test("a scenario's latency block: per API, a default, errors naming the key")
    func decoding() throws {
        let latency = try JSONDecoder().decode(
            SimulatedLatency.self, from: Data(#"{"submitPayment": 1.5, "default": 0.25}"#.utf8))
        #expect(latency.delay(for: .page(.submitPayment)) == 1.5)
        #expect(latency.delay(for: .merchant(.inquiryPayment)) == 0.25)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SimulatedLatency.self, from: Data(#"{"submitPayments": 1}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SimulatedLatency.self, from: Data(#"{"submitPayment": -1}"#.utf8))
        }
        let encoded = try JSONEncoder().encode(latency)
        #expect(try JSONDecoder().decode(SimulatedLatency.self, from: encoded) == latency)
    }
}
