import CheckoutDomain
import CheckoutTUICore
import Foundation
import Testing

/// Seed 002's hosted card mode played headless in process, with the bundled steps: the merchant's `pay` with only
/// CARD, APO's card page at normalUrl, 3DS, the result page, the notification, and the saved card's next order.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct HostedCardPlayTests {
    private static func bundledSteps() throws -> [HeadlessStep] {
        let url = HeadlessFixtures.assets.appendingPathComponent("steps/hosted-card-3ds.json")
        return try StepsParser(source: "hosted-card-3ds.json").parse(try Data(contentsOf: url))
    }

    /// Seed 002: "the merchant server-side calls the pay API"; the answer is `U PAYMENT_IN_PROCESS` with `normalUrl`
    /// ("the merchant frontend should redirect to normalUrl"); a saved card pays with `paymentMethodId`.
    @Test("seed 002 played: pay U with normalUrl, APO's card page, 3DS, PAYMENT_RESULT acked, then the saved card")
    func playsTheBundledSteps() async throws {
        let report = try await HeadlessFixtures.run("hosted-card-3ds").play(try Self.bundledSteps())
        #expect(report.passed, "\(report.error?.message ?? "") \(report.expectations.filter { $0.passed != true })")
        let pays = report.timeline.filter { $0.api == "pay" }
        #expect(pays.map(\.resultCode) == ["PAYMENT_IN_PROCESS", "PAYMENT_IN_PROCESS"])
        #expect(pays.map(\.paymentRequestId) == ["PAY_HOSTED_CARD_0001", "PAY_HOSTED_CARD_0001_2"])
        let titles = report.timeline.map(\.title)
        #expect(titles.filter { $0 == "enterCard" }.count == 2)
        #expect(titles.filter { $0 == "completeChallenge" }.count == 2)
        for note in ["redirect to normalUrl", "cardToken stored", "new order", "unmount + redirect"] {
            #expect(titles.contains(note), "no \(note) on the timeline: \(titles)")
        }
        let results = report.timeline.filter { $0.kind == "notification" && $0.notifyType == "PAYMENT_RESULT" }
        #expect(Set(results.compactMap(\.paymentRequestId)) == ["PAY_HOSTED_CARD_0001", "PAY_HOSTED_CARD_0001_2"])
        #expect(results.allSatisfy { $0.acked == true })
        let written = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        #expect(!written.contains("4054695723100768") && !written.contains("4054 6957 2310 0768"))
    }

    /// Seed 002, saved card payments: the buyer picks the saved card on the merchant's page; the continuation page
    /// asks only its CVV.
    @Test("a returning buyer in hosted card mode picks the saved Visa on the order page and types only its CVV")
    func savedCardFromTheScenario() async throws {
        let cards = try SandboxTestCards.bundled()
        let scenario = try ScenarioLibrary(testCards: cards).load("sg-returning-saved-card")
        let run = HeadlessRun(
            scenario: scenario, scenarioName: "sg-returning-saved-card", mode: .hostedCard,
            size: Size(width: 120, height: 40), testCards: cards)
        let report = try await run.play(try HeadlessFixtures.steps("""
            [{"expectScreen": "Pay with Visa •••• 0768"},
             {"keys": "s"},
             {"expectMerchantCall": {"api": "pay", "resultStatus": "U", "resultCode": "PAYMENT_IN_PROCESS"}},
             {"expectScreen": "Confirm your saved card with its CVV."},
             {"fill": {"cvv": "123"}},
             {"pay": true},
             {"expectPaymentStatus": "SUCCESS"}]
            """))
        #expect(report.passed, "\(report.error?.message ?? "") \(report.expectations.filter { $0.passed != true })")
        #expect(report.timeline.filter { $0.api == "pay" }.map(\.paymentRequestId) == ["PAY_SG_SAVED_0001"])
    }

    @Test("the card page refuses a card Antom does not know and says why; the buyer corrects it and pays")
    func refusedThenCorrected() async throws {
        let report = try await HeadlessFixtures.play("hosted-card-3ds", """
            [{"fill": {"cardNo": "4111111111111111", "expiry": "1230", "cvv": "123", "cardholderName": "GAGA TEST"}},
             {"pay": true},
             {"expectScreen": "CARD_NOT_SUPPORTED"},
             {"fill": {"cardNo": "4054695723100768"}},
             {"pay": true},
             {"challenge": "fail"},
             {"expectPaymentStatus": "FAIL"}]
            """)
        #expect(report.passed, "\(report.error?.message ?? "") \(report.expectations.filter { $0.passed != true })")
    }

    @Test("Back to merchant from the card page: the payment stays in process; cancel is offered")
    func leftTheCardPage() async throws {
        let report = try await HeadlessFixtures.play("hosted-card-3ds", """
            [{"backToMerchant": true}, {"expectPaymentStatus": "PROCESSING"}, {"expectScreen": "[x]"}]
            """)
        #expect(report.passed, "\(report.error?.message ?? "") \(report.expectations.filter { $0.passed != true })")
    }
}
