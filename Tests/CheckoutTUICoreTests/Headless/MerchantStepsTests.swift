import CheckoutDomain
import CheckoutTUICore
import Foundation
import Testing

/// Issue 11 items 3 and 4: merchant steps with amounts, and the merchant-side expectations, headless.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct MerchantStepsTests {
    @Test("merchant steps and merchant expectations parse")
    func parses() throws {
        let steps = try HeadlessFixtures.steps("""
            [{"merchant": {"capture": "2000"}}, {"merchant": {"refund": 500}}, {"merchant": {"cancel": true}},
             {"merchant": {"inquire": true}},
             {"expectNotification": {"notifyType": "PAYMENT_RESULT", "attempt": 2, "acked": true}},
             {"expectNotification": {}}, {"expectNotification": {"httpStatus": 500}},
             {"expectMerchantCall": {"api": "refund", "resultStatus": "S", "resultCode": "SUCCESS"}},
             {"expectPaymentStatus": "ORDER_NOT_EXIST"}]
            """)
        #expect(steps == [
            .merchant(.capture(value: "2000")), .merchant(.refund(value: "500")), .merchant(.cancel),
            .merchant(.inquire),
            .expectNotification(NotificationExpectation(notifyType: "PAYMENT_RESULT", attempt: 2, acked: true)),
            .expectNotification(NotificationExpectation()), .expectNotification(NotificationExpectation(httpStatus: 500)),
            .expectMerchantCall(MerchantCallExpectation(api: .refund, resultStatus: .success, resultCode: "SUCCESS")),
            .expectPaymentStatus(.orderNotExist),
        ])
    }

    @Test("bad merchant steps and expectations name the step, the key and the rule", arguments: [
        (#"{"merchant": {"capture": "20.00"}}"#,
         #"steps.json: step 1: "merchant": capture "20.00" is not an amount in minor units: digits only, no decimal point or sign ("2000" is 20.00)"#),
        (#"{"merchant": {"refund": "-5"}}"#,
         #"steps.json: step 1: "merchant": refund "-5" is not an amount in minor units: digits only, no decimal point or sign ("2000" is 20.00)"#),
        (#"{"merchant": {"capture": "0"}}"#, "steps.json: step 1: \"merchant\": capture must be more than 0"),
        (#"{"merchant": {"void": true}}"#,
         #"steps.json: step 1: "merchant": unknown merchant step "void" (allowed: capture, refund, cancel, inquire)"#),
        (#"{"merchant": {"cancel": false}}"#, "steps.json: step 1: \"merchant\": cancel expected true"),
        (#"{"expectNotification": {"ack": true}}"#,
         #"steps.json: step 1: "expectNotification": unknown key "ack" (allowed: notifyType, attempt, acked, httpStatus)"#),
        (#"{"expectNotification": {"attempt": 9}}"#,
         "steps.json: step 1: \"expectNotification\": attempt expected a whole number from 1 to 8"),
        (#"{"expectMerchantCall": {"resultCode": "SUCCESS"}}"#,
         "steps.json: step 1: \"expectMerchantCall\": needs \"api\" (createPaymentSession, pay, inquiryPayment, capture, refund, cancel)"),
        (#"{"expectMerchantCall": {"api": "void"}}"#,
         #"steps.json: step 1: "expectMerchantCall": api "void" is not a merchant call (allowed: createPaymentSession, pay, inquiryPayment, capture, refund, cancel)"#),
    ])
    func badSteps(step: String, expected: String) {
        #expect {
            try HeadlessFixtures.steps("[\(step)]")
        } throws: { error in
            (error as? StepsFileError)?.description == expected
        }
    }

    @Test("a merchant step before any payment exists fails naming the step; ORDER_NOT_EXIST holds then")
    func beforePayment() async throws {
        let report = try await HeadlessFixtures.play("card-manual-capture", """
            [{"expectEvent": "SDK_END_OF_LOADING"}, {"expectPaymentStatus": "ORDER_NOT_EXIST"},
             {"merchant": {"capture": "2000"}}]
            """)
        #expect(report.expectations.map(\.passed) == [true, true])
        let failure = try #require(report.error)
        #expect(failure.step == 3)
        #expect(failure.kind == "merchant")
        #expect(
            failure.message
                == "merchant capture: no payment exists yet for paymentRequestId PAY_MANUAL_0001 (inquiryPayment "
                + "answered F ORDER_NOT_EXIST); pay first")
    }

    @Test("manual capture of part, two refunds, one refused for exceeding what remains; CAPTURE_RESULT acked")
    func captureAndRefunds() async throws {
        let report = try await HeadlessFixtures.play("card-manual-capture", """
            [\(HeadlessFixtures.cardSteps), {"expectEvent": "SDK_PAYMENT_SUCCESSFUL"},
             {"merchant": {"capture": "6000"}},
             {"expectMerchantCall": {"api": "capture", "resultStatus": "S", "resultCode": "SUCCESS"}},
             {"expectNotification": {"notifyType": "CAPTURE_RESULT", "attempt": 1, "acked": true}},
             {"merchant": {"refund": "5000"}},
             {"expectMerchantCall": {"api": "refund", "resultStatus": "S", "resultCode": "SUCCESS"}},
             {"merchant": {"refund": "2000"}},
             {"expectMerchantCall": {"api": "refund", "resultStatus": "F", "resultCode": "REFUND_AMOUNT_EXCEED"}},
             {"merchant": {"inquire": true}},
             {"expectMerchantCall": {"api": "inquiryPayment", "resultStatus": "S"}}]
            """)
        #expect(report.passed, "\(report.error?.message ?? "") \(report.expectations.filter { $0.passed != true })")
        let refunds = report.timeline.filter { $0.api == "refund" }
        #expect(refunds.map(\.resultCode) == ["SUCCESS", "REFUND_AMOUNT_EXCEED"])
    }

    @Test("a merchant step is the site's own call: the result page inquires after it and shows what it did")
    func stepsGoThroughTheSite() async throws {
        let report = try await HeadlessFixtures.play("card-manual-capture", """
            [\(HeadlessFixtures.cardSteps), {"expectEvent": "SDK_PAYMENT_SUCCESSFUL"},
             {"merchant": {"capture": "5000"}}, {"expectScreen": "$50.00 of $89.00 captured"},
             {"merchant": {"refund": "2000"}}, {"expectScreen": "$30.00 remains paid"},
             {"expectScreen": "Refunded $20.00"}]
            """)
        #expect(report.passed, "\(report.error?.message ?? "") \(report.expectations.filter { $0.passed != true })")
        let calls = report.timeline.compactMap(\.api)
        #expect(Array(calls.suffix(4)) == ["capture", "inquiryPayment", "refund", "inquiryPayment"])
    }

    @Test("with a scenario latency a merchant step waits for its call's answer; the next call is not dropped")
    func stepsWaitForLatency() async throws {
        let cards = try SandboxTestCards.bundled()
        var scenario = try ScenarioLibrary(testCards: cards).load("card-manual-capture")
        scenario.latency = SimulatedLatency(seconds: [.merchant(.capture): 5])
        let run = HeadlessRun(
            scenario: scenario, scenarioName: "card-manual-capture", mode: .embedded,
            size: Size(width: 120, height: 40), testCards: cards)
        let report = try await run.play(try HeadlessFixtures.steps("""
            [\(HeadlessFixtures.cardSteps), {"expectEvent": "SDK_PAYMENT_SUCCESSFUL"},
             {"merchant": {"capture": "5000"}}, {"merchant": {"capture": "3900"}},
             {"expectMerchantCall": {"api": "capture", "resultStatus": "S"}},
             {"expectMerchantCall": {"api": "capture", "resultStatus": "S"}}]
            """))
        #expect(report.passed, "\(report.error?.message ?? "") \(report.expectations.filter { $0.passed != true })")
        let captures = report.timeline.filter { $0.api == "capture" }
        #expect(captures.map(\.resultCode) == ["SUCCESS", "SUCCESS"])
        // Each answer arrived 5 simulated seconds after its call.
        #expect(captures.map(\.time) == ["2026-01-01T00:00:05+00:00", "2026-01-01T00:00:10+00:00"])
    }

    @Test("an expectation that never holds says what was found instead")
    func mismatch() async throws {
        let report = try await HeadlessFixtures.play("sg-card-first-payment", """
            [\(HeadlessFixtures.cardSteps), {"expectEvent": "SDK_PAYMENT_SUCCESSFUL"},
             {"expectMerchantCall": {"api": "refund"}}]
            """)
        let failed = try #require(report.expectations.last)
        #expect(failed.passed == false)
        #expect(failed.actual?.hasPrefix("calls after the previous match: createPaymentSession S SUCCESS") == true)
    }

    @Test("issue 11: a merchant answering HTTP 500 shows what it answered, the retry, and the ack in the report")
    func webhookRetriesReport() async throws {
        let url = HeadlessFixtures.assets.appendingPathComponent("steps/merchant-webhook-retries.json")
        let steps = try StepsParser(source: "merchant-webhook-retries.json").parse(try Data(contentsOf: url))
        let report = try await HeadlessFixtures.run("merchant-webhook-retries").play(steps)
        #expect(report.passed, "\(report.error?.message ?? "") \(report.expectations.filter { $0.passed != true })")
        let attempts = report.timeline.filter { $0.kind == "notification" }
        #expect(attempts.map(\.attempt) == [1, 2, 3])
        #expect(attempts.map(\.httpStatus) == [500, 500, 200])
        #expect(attempts.map(\.acked) == [false, false, true])
        let first = try #require(attempts.first)
        #expect(first.summary == #"PAY_SG_WEBHOOK_0001 · PAYMENT_RESULT · #1 · not acked: HTTP 500 "try later" · attempt 2 of 8 in 2 min"#)
        #expect(first.answer == #"{"result":{"resultCode":"SYSTEM_ERROR","resultMessage":"try later","resultStatus":"F"}}"#)
        #expect(first.reason == "HTTP 500; the ack needs HTTP 200")
        #expect(first.nextAttemptAt == "2026-01-01T00:02:" + String(first.time.dropFirst(17)))
        #expect(attempts[1].summary.hasSuffix("attempt 3 of 8 in 10 min"))
        #expect(attempts[2].summary.hasSuffix("acked (HTTP 200)"))
        #expect(attempts[2].nextAttemptAt == nil)
        #expect(!report.timeline.contains { $0.summary.contains("no answer") })
    }
}
