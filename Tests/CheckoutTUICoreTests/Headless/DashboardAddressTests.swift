import CheckoutDomain
import CheckoutTUICore
import Foundation
import Testing

/// Seeds 001-004: the notification address can be set on the Antom Dashboard; a scenario's `merchant.notifyUrl` is
/// that address for the in-process mock (docs/DECISIONS.md "The Dashboard address").
@Suite struct DashboardAddressTests {
    @Test("seeds 001-004: a scenario's merchant.notifyUrl receives the notifications of a request naming none")
    func scenarioDashboardAddress() async throws {
        let dashboard = "https://shop.example/dashboard-notify"
        let cards = try SandboxTestCards.bundled()
        var scenario = try ScenarioLibrary(testCards: cards).load("sg-card-first-payment")
        scenario.createPaymentSession.paymentNotifyUrl = nil
        scenario.merchant = MerchantBehaviour(notifyUrl: dashboard)
        let checkout = try SimulatedCheckout(
            scenario: scenario, scenarioName: "sg-card-first-payment", mode: .embedded,
            clock: ManualClock(SimulatedCheckout.defaultStart), testCards: cards)
        let created = try await checkout.apo.createPaymentSession(scenario.createPaymentSession)
        let submitted = try await checkout.apo.submitPayment(
            PaymentSubmission(
                paymentSessionId: created.paymentSessionId ?? "", paymentMethodType: "CARD",
                card: CardDetails(
                    number: CardNumber(HeadlessFixtures.visa), expiry: CardExpiry(month: 12, year: 2030), cvv: "123",
                    holderName: "GAGA TEST")))
        #expect(submitted.result.resultStatus == .success, "\(submitted.result)")
        let urls = try await checkout.apo.outboxEntries().map(\.url)
        #expect(urls == [dashboard, dashboard], "PAYMENT_RESULT and CAPTURE_RESULT go to the Dashboard address")
    }
}
