import CheckoutDomain
import CheckoutTUICore
import Foundation
import Testing

/// The CI run of every bundled scenario: its steps file from assets/steps, headless, must pass.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct BundledStepsTests {
    /// The events each scenario's steps must reach, so a steps file that stops proving its point fails here.
    nonisolated static let expectedEvents: [String: [String]] = [
        "br-mercadopago-email-cpf": ["SDK_PAYMENT_SUCCESSFUL"],
        "card-3ds-challenge": ["SDK_PAYMENT_CHALLENGE", "SDK_PAYMENT_SUCCESSFUL"],
        "card-manual-capture": ["SDK_PAYMENT_SUCCESSFUL"],
        "card-partial-capture-refund": ["SDK_PAYMENT_SUCCESSFUL"],
        "card-stay-on-result": ["SDK_PAYMENT_SUCCESSFUL", "SDK_PAYMENT_CLICK_BACK_TO_MERCHANT"],
        "card-no-buyer-info": ["SDK_PAYMENT_FAIL"],
        "cn-alipay-express-tng": ["SDK_PAYMENT_SUCCESSFUL"],
        "hosted-card-3ds": [],
        "invalid-goods-sum": [],
        "jp-konbini-voucher": ["SDK_PAYMENT_PROCESSING"],
        "kr-toss-kakao": ["SDK_PAYMENT_SUCCESSFUL"],
        "merchant-webhook-retries": ["SDK_PAYMENT_SUCCESSFUL"],
        "mx-mercadopago-email": ["SDK_PAYMENT_FAIL"],
        "pl-p24-no-email": ["SDK_FORM_VERIFICATION_FAILED", "SDK_PAYMENT_SUCCESSFUL"],
        "pl-p24-prefilled-email": ["SDK_PAYMENT_SUCCESSFUL"],
        "sg-card-first-payment": ["SDK_PAYMENT_SUCCESSFUL"],
        "sg-returning-saved-card": ["SDK_PAYMENT_SUCCESSFUL"],
    ]

    @Test("every bundled scenario has a steps file")
    func everyScenarioHasSteps() throws {
        let names = try ScenarioLibrary(testCards: try SandboxTestCards.bundled()).bundledNames()
        let steps = try FileManager.default.contentsOfDirectory(
            atPath: HeadlessFixtures.assets.appendingPathComponent("steps").path
        ).map { String($0.dropLast(".json".count)) }
        #expect(Set(steps) == Set(names))
        #expect(Set(Self.expectedEvents.keys) == Set(names))
    }

    @Test("bundled steps pass headless", arguments: expectedEvents.keys.sorted())
    func bundled(name: String) async throws {
        let url = HeadlessFixtures.assets.appendingPathComponent("steps/\(name).json")
        let steps = try StepsParser(source: "\(name).json").parse(try Data(contentsOf: url))
        let report = try await HeadlessFixtures.run(name).play(steps)
        #expect(report.passed, "\(report.error?.message ?? "") \(report.expectations.filter { $0.passed != true })")
        let events = report.timeline.compactMap(\.code)
        for code in Self.expectedEvents[name] ?? [] {
            #expect(events.contains(code), "\(name) never emitted \(code)")
        }
    }
}
