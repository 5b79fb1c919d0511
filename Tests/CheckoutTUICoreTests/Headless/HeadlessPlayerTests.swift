import CheckoutDomain
import CheckoutTUICore
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Headless runs: expectations passing and failing, waiting in simulated time, and what the report and JUnit hold.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct HeadlessPlayerTests {
    @Test(
        "a card payment: every expectation holds, the timeline has structured facts; mock on a queue or the main actor",
        arguments: [false, true])
    func passes(mockOnMainActor: Bool) async throws {
        let report = try await HeadlessFixtures.play("sg-card-first-payment", """
            [\(HeadlessFixtures.cardSteps), {"expectEvent": "SDK_PAYMENT_SUCCESSFUL"},
             {"expectPaymentStatus": "SUCCESS"}, {"expectScreen": "acked"}]
            """, mockOnMainActor: mockOnMainActor)
        #expect(report.passed)
        #expect(report.expectations.map(\.passed) == [true, true, true])
        let create = try #require(report.timeline.first)
        #expect(create.kind == "apiCall")
        #expect(create.api == "createPaymentSession")
        #expect(create.paymentRequestId == "PAY_SG_FIRST_0001")
        #expect(create.resultStatus == "S")
        #expect(create.resultCode == "SUCCESS")
        #expect(create.time == "2026-01-01T00:00:00+00:00")
        let notification = try #require(report.timeline.first { $0.kind == "notification" })
        #expect(notification.notifyType == "PAYMENT_RESULT")
        #expect(notification.attempt == 1)
        #expect(notification.acked == true)
        #expect(report.timeline.contains { $0.kind == "sdkEvent" && $0.code == "SDK_PAYMENT_SUCCESSFUL" })
    }

    @Test("a failing expectation: passed false, the step, what was found, and the screen at that moment")
    func fails() async throws {
        let report = try await HeadlessFixtures.play("sg-card-first-payment", """
            [{"force": ["decline:DO_NOT_HONOR"]}, \(HeadlessFixtures.cardSteps),
             {"expectPaymentStatus": "SUCCESS"}, {"expectScreen": "never reached"}]
            """)
        #expect(!report.passed)
        let failed = try #require(report.expectations.first)
        #expect(failed.step == 5)
        #expect(failed.passed == false)
        #expect(failed.actual == "FAIL")
        #expect(failed.waitedSeconds == HeadlessPlayer.patience)
        #expect(failed.message == "expectPaymentStatus SUCCESS did not hold within 30 simulated seconds; found FAIL")
        #expect(failed.screen?.joined().contains("DO_NOT_HONOR") == true)
        #expect(report.expectations[1].passed == nil)
    }

    @Test("expectEvent waits in simulated time for a delayed result, and matches in order")
    func waits() async throws {
        let report = try await HeadlessFixtures.play("sg-card-first-payment", """
            [{"force": ["processingThenSuccess:10"]}, \(HeadlessFixtures.cardSteps),
             {"expectPaymentStatus": "SUCCESS"}, {"expectEvent": "SDK_END_OF_LOADING"}]
            """)
        let wait = try #require(report.expectations.first)
        #expect(wait.passed == true)
        #expect((wait.waitedSeconds ?? 0) >= 10)
        #expect(wait.waitedSeconds ?? 99 <= 11)
        // Only expectEvent consumes events, so the loading event is still found after the status check.
        #expect(report.expectations[1].passed == true)
    }

    @Test("an event that never comes fails after 30 simulated seconds, not a hang")
    func timesOut() async throws {
        let report = try await HeadlessFixtures.play(
            "sg-card-first-payment", #"[{"expectEvent": "SDK_END_OF_LOADING"}, {"expectEvent": "SDK_END_OF_LOADING"}]"#)
        #expect(!report.passed)
        #expect(report.expectations[0].passed == true)
        #expect(report.expectations[1].passed == false)
        #expect(report.expectations[1].waitedSeconds == 30)
    }

    @Test("a scenario's outcomes key forces the next payment before the page loads")
    func scenarioOutcomes() async throws {
        let cards = try SandboxTestCards.bundled()
        let url = HeadlessFixtures.assets.appendingPathComponent("scenarios/sg-card-first-payment.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        json["outcomes"] = [["decline": ["paymentResultCode": "DO_NOT_HONOR"]]]
        let scenario = try ScenarioLibrary(testCards: cards).parse(
            try JSONSerialization.data(withJSONObject: json), source: "forced.json")
        #expect(scenario.outcomes == [.decline(paymentResultCode: "DO_NOT_HONOR")])
        let run = HeadlessRun(
            scenario: scenario, scenarioName: "forced.json", mode: .embedded, size: Size(width: 120, height: 40),
            testCards: cards)
        let report = try await run.play(try HeadlessFixtures.steps("""
            [\(HeadlessFixtures.cardSteps), {"expectEvent": "SDK_PAYMENT_FAIL"}, {"expectPaymentStatus": "FAIL"}]
            """))
        #expect(report.passed)
    }

    @Test("a method not on the page stops the run and names what is offered")
    func notOnPage() async throws {
        let report = try await HeadlessFixtures.play(
            "card-no-buyer-info", #"[{"select": "CARDX"}, {"expectEvent": "SDK_PAYMENT_FAIL"}]"#)
        #expect(!report.passed)
        #expect(report.error?.step == 1)
        #expect(report.error?.kind == "select")
        #expect(report.error?.message == "CARDX is not on the page (offered: CARD, PAYNOW)")
        #expect(report.expectations.first?.passed == nil)
    }

    @Test("a field the form does not have is a failure naming the fields it has")
    func missingField() async throws {
        let report = try await HeadlessFixtures.play(
            "pl-p24-no-email", #"[{"select": "P24"}, {"fill": {"cpf": "52998224725"}}]"#)
        #expect(report.error?.message == "the form has no cpf field (fields: email)")
    }

    @Test("report JSON: the documented keys, and no full card number anywhere")
    func reportSchema() async throws {
        let run = try HeadlessFixtures.run("sg-card-first-payment")
        // Stops with the cursor still in the card number field, where the page shows the digits.
        let steps = try HeadlessFixtures.steps(
            #"[{"select": "CARD"}, {"fill": {"cardNo": "4054695723100768"}}, {"expectScreen": "no such text"}]"#)
        let report = try await run.play(steps)
        let json = run.json(report, redactor: run.redactor(for: steps))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys).isSuperset(of: ["passed", "scenario", "expectations", "screen", "timeline"]))
        let expectation = try #require((object["expectations"] as? [[String: Any]])?.first)
        #expect(Set(expectation.keys).isSuperset(of: ["step", "kind", "expected", "passed", "message", "screen"]))
        #expect(!json.contains("4054695723100768"))
        #expect(!json.contains("4054 6957 2310 0768"))
        #expect(json.contains("0768"))
        let junit = run.junit(report, redactor: run.redactor(for: steps))
        #expect(!junit.contains("4054 6957 2310 0768"))
    }

    @Test("JUnit XML is well-formed: one testsuite, a testcase per expectation, the failure's message")
    func junit() async throws {
        let run = try HeadlessFixtures.run("sg-card-first-payment")
        let steps = try HeadlessFixtures.steps(#"""
            [{"expectEvent": "SDK_END_OF_LOADING"}, {"expectScreen": "<&\"quoted\">"}, {"expectEvent": "SDK_PAYMENT_FAIL"}]
            """#)
        let xml = run.junit(try await run.play(steps), redactor: run.redactor(for: steps))
        let counter = JUnitCounter()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = counter
        #expect(parser.parse())
        #expect(counter.elements["testsuite"] == 1)
        #expect(counter.elements["testcase"] == 3)
        #expect(counter.elements["failure"] == 1)
        #expect(counter.elements["skipped"] == 1)
        #expect(counter.failureMessages.first?.hasPrefix("expectScreen <&\"quoted\"> did not hold") == true)
    }
}

/// Counts elements and collects failure messages while an XMLParser reads a JUnit file.
final class JUnitCounter: NSObject, XMLParserDelegate {
    var elements: [String: Int] = [:]
    var failureMessages: [String] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements[elementName, default: 0] += 1
        if elementName == "failure", let message = attributes["message"] { failureMessages.append(message) }
    }
}
