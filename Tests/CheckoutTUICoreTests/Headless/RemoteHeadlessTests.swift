import CheckoutDomain
import CheckoutTUICore
import Foundation
import Testing

/// `play --apo`: the steps runner against an APO it can only call (here the mock on the machine's clock, reached
/// through its protocols as HTTP would be), waiting in real time and refusing the mock's levers step by step.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct RemoteHeadlessTests {
    /// A mock APO seen only through `APOClient` and `CheckoutPageService`, as `checkout-tui serve` is.
    private static func remote() throws -> RemoteHeadlessAPO {
        let receiver = MerchantWebhookReceiver()
        let apo = try MockAPO.bundled(
            clock: SystemClock(), ids: RandomIDGenerator(), store: InMemoryAPOStore(), sink: receiver)
        return RemoteHeadlessAPO(
            merchantServer: apo, checkoutPage: apo, notifications: MockNotificationFeed(apo: apo, receiver: receiver))
    }

    private static func play(
        _ scenario: String, _ json: String, patience: TimeInterval = HeadlessPlayer.patience
    ) async throws -> HeadlessReport {
        try await HeadlessFixtures.run(scenario).play(
            try HeadlessFixtures.steps(json), remote: try remote(), patience: patience)
    }

    @Test("a card payment over the APO's protocols: every expectation holds in real time")
    func passes() async throws {
        let report = try await Self.play("sg-card-first-payment", """
            [{"expectEvent": "SDK_END_OF_LOADING"}, \(HeadlessFixtures.cardSteps),
             {"expectEvent": "SDK_PAYMENT_SUCCESSFUL"}, {"expectPaymentStatus": "SUCCESS"}, {"expectScreen": "acked"}]
            """)
        #expect(report.passed)
        #expect(report.error == nil)
        #expect(report.expectations.map(\.passed) == [true, true, true, true])
        #expect(!report.timeline.contains { $0.time.hasPrefix("2026-01-01T00:00") }, "the machine's clock, not the manual one")
    }

    // Issue 15: latency over --apo. The scenario's latency is the least time an answer takes over HTTP too, so the
    // processing state and a second press of Pay behave as they do in process. The second Enter must come within
    // the latency, in real time: with 1 s, a CI run whose parallel suites kept the main actor busy (its first steps
    // took 31 s) pressed it after the answer, on the result page. Ten seconds is a window no run has come near.
    @Test("a scenario's latency holds over the APO's protocols: Enter Enter is a duplicate submission, one payment")
    func latency() async throws {
        let cards = try SandboxTestCards.bundled()
        var scenario = try ScenarioLibrary(testCards: cards).load("sg-card-first-payment")
        let latency: TimeInterval = 10
        scenario.latency = SimulatedLatency(seconds: [.page(.submitPayment): latency])
        let run = HeadlessRun(
            scenario: scenario, scenarioName: "sg-card-first-payment", mode: .embedded,
            size: Size(width: 120, height: 40), testCards: cards)
        let started = Date()
        let report = try await run.play(
            try HeadlessFixtures.steps("""
                [{"select": "CARD"},
                 {"fill": {"cardNo": "4054695723100768", "expiry": "1230", "cvv": "123", "cardholderName": "GAGA TEST"}},
                 {"keys": "Enter Enter"}, {"expectEvent": "SDK_DUPLICATE_SUBMISSION_BEHAVIOR"},
                 {"expectEvent": "SDK_PAYMENT_SUCCESSFUL"}]
                """), remote: try Self.remote())
        #expect(report.passed, "\(report.expectations)")
        #expect(report.timeline.filter { $0.title == "submitPayment" }.count == 1)
        #expect(Date().timeIntervalSince(started) >= latency, "the answer waited for the latency")
    }

    @Test("force fails at once, naming the step and why, and the later steps are skipped")
    func forceFails() async throws {
        let report = try await Self.play("sg-card-first-payment", """
            [{"expectEvent": "SDK_END_OF_LOADING"}, {"force": ["decline:DO_NOT_HONOR"]}, {"expectScreen": "never"}]
            """)
        #expect(!report.passed)
        let error = try #require(report.error)
        #expect(error.step == 2)
        #expect(error.kind == "force")
        #expect(error.message.hasPrefix("forcing outcomes needs a simulated APO (the in-process mock, or checkout-tui serve)"))
        // Not evaluated at all: a skipped step never starts its 30-second wait.
        #expect(report.expectations.last?.passed == nil)
    }

    @Test("advanceClock beyond a minute fails naming the jump; a short one waits for real")
    func advanceClock() async throws {
        let long = try await Self.play("jp-konbini-voucher", """
            [{"expectEvent": "SDK_END_OF_LOADING"}, {"advanceClock": "7d"}, {"expectPaymentStatus": "FAIL"}]
            """)
        let error = try #require(long.error)
        #expect(error.step == 2)
        #expect(error.kind == "advanceClock")
        #expect(error.message.hasPrefix("moving the clock 7d needs a simulated clock"))

        let started = Date()
        let short = try await Self.play("sg-card-first-payment", """
            [{"expectEvent": "SDK_END_OF_LOADING"}, {"advanceClock": 1}, {"expectScreen": "Card"}]
            """)
        #expect(short.passed)
        #expect(Date().timeIntervalSince(started) >= 1)
    }

    @Test("an expectation that never holds fails after the patience, counted in real seconds")
    func patience() async throws {
        let report = try await Self.play(
            "sg-card-first-payment", #"[{"expectScreen": "never on the page"}]"#, patience: 1)
        let failed = try #require(report.expectations.first)
        #expect(failed.passed == false)
        #expect(failed.message == "expectScreen never on the page did not hold within 1 seconds")
        #expect((failed.waitedSeconds ?? 0) >= 1)
    }

    @Test("a scenario's vault card is not on a remote page, and the failure says why")
    func vaultIsLocal() async throws {
        let report = try await Self.play("sg-returning-saved-card", #"[{"selectSaved": "0768"}]"#)
        let error = try #require(report.error)
        #expect(error.message.contains("a scenario's vault seeds only the in-process mock"))
    }

    @Test("with a served mock's controls, force and a 7-day advanceClock move the APO as in process")
    func controlsMoveTheAPO() async throws {
        let clock = OffsetClock()
        let receiver = MerchantWebhookReceiver()
        let apo = try MockAPO.bundled(clock: clock, ids: RandomIDGenerator(), store: InMemoryAPOStore(), sink: receiver)
        let remote = RemoteHeadlessAPO(
            merchantServer: apo, checkoutPage: apo, notifications: MockNotificationFeed(apo: apo, receiver: receiver),
            controls: MockSimulationControls(apo: apo, clock: clock))
        let declined = try await HeadlessFixtures.run("sg-card-first-payment").play(
            try HeadlessFixtures.steps("""
                [{"expectEvent": "SDK_END_OF_LOADING"}, {"force": ["decline:DO_NOT_HONOR"]}, \(HeadlessFixtures.cardSteps),
                 {"expectPaymentStatus": "FAIL"}]
                """), remote: remote, clock: clock)
        #expect(declined.passed, "\(declined.error?.message ?? "")")
        let voucher = try await HeadlessFixtures.run("jp-konbini-voucher").play(
            try HeadlessFixtures.steps("""
                [{"expectEvent": "SDK_END_OF_LOADING"}, {"select": "KONBINI"}, {"pay": true},
                 {"expectPaymentStatus": "PROCESSING"}, {"advanceClock": "7d"}, {"expectPaymentStatus": "FAIL"}]
                """), remote: remote, clock: clock)
        #expect(voucher.passed, "\(voucher.error?.message ?? "")")
        #expect(clock.travelled >= 7 * 86_400)
    }
}
