import Foundation
import Testing

@testable import CheckoutDomain

/// Tests of the page model: leaving, back to merchant, and session expiry.
@Suite("Leaving, back to merchant, and session expiry")
struct PageNavigationAndExpiryTests {
    private func paid(redirectUrl: String? = PageFixture.redirectUrl) throws -> PageHarness {
        var page = try PageHarness()
        page.open(PageFixture.session(PageFixture.request(methods: PageFixture.methods("GRABPAY_SG"), redirectUrl: redirectUrl)))
        page.send(.methodSelected("GRABPAY_SG"))
        page.send(.payPressed)
        page.send(.redirectConfirmed)
        page.send(.paymentAnswered(PageFixture.inProcess()))
        page.send(.redirectApproved)
        page.send(.paymentAnswered(PageFixture.success))
        return page
    }

    // Seed 003: SDK_PAYMENT_CANCEL, "The buyer exits the payment page without submitting the order".
    @Test("leaving without submitting: SDK_PAYMENT_CANCEL, and the page is closed")
    func cancel() throws {
        var page = try PageHarness()
        page.open(PageFixture.session())
        page.send(.methodSelected("CARD"))
        let effects = page.send(.leavePressed)
        #expect(effects.codes == [.paymentCancel])
        #expect(effects.first == .cancelTimer(.sessionExpiry))
        #expect(page.state.phase == .closed)
        #expect(page.view.status == "The buyer left the payment page.")
        #expect(page.send(.payPressed).isEmpty)
    }

    @Test("leaving mid-payment (wallet page) is ignored: the buyer must approve, decline or abandon")
    func leaveMidPayment() throws {
        var page = try PageHarness()
        page.open(PageFixture.session(PageFixture.request(methods: PageFixture.methods("GRABPAY_SG"))))
        page.send(.methodSelected("GRABPAY_SG"))
        page.send(.payPressed)
        page.send(.redirectConfirmed)
        page.send(.paymentAnswered(PageFixture.inProcess()))
        #expect(page.send(.leavePressed).isEmpty)
        guard case .walletPage = page.state.phase else {
            Issue.record("expected to stay on the wallet page")
            return
        }
    }

    // Seed 003: SDK_PAYMENT_CLICK_BACK_TO_MERCHANT, "redirect the buyer to the payment result page".
    @Test("Back to merchant: SDK_PAYMENT_CLICK_BACK_TO_MERCHANT, navigate to paymentRedirectUrl, SDK_CALL_URL_SUCCESS")
    func backToMerchant() throws {
        var page = try paid()
        let effects = page.send(.backToMerchantPressed)
        #expect(effects.codes == [.paymentClickBackToMerchant, .callURLSuccess])
        #expect(effects.contains(.navigate(url: PageFixture.redirectUrl)))
        #expect(page.state.phase == .closed)
    }

    @Test("Back to merchant without a usable paymentRedirectUrl: SDK_CALL_URL_ERROR, no navigation")
    func backToMerchantNoURL() throws {
        var page = try paid(redirectUrl: nil)
        let effects = page.send(.backToMerchantPressed)
        #expect(effects.codes == [.paymentClickBackToMerchant, .callURLError])
        #expect(!effects.contains { if case .navigate = $0 { true } else { false } })
    }

    @Test("Back to merchant is only on result pages")
    func backToMerchantElsewhere() throws {
        var page = try PageHarness()
        page.open(PageFixture.session())
        #expect(page.send(.backToMerchantPressed).isEmpty)
    }

    @Test("expired at mount: SDK_CREATEPAYMENT_PARAMETER_ERROR after START_OF_LOADING, no END_OF_LOADING")
    func expiredAtMount() throws {
        var page = try PageHarness()
        let session = PageFixture.session(expiresAt: PageHarness.start.addingTimeInterval(-1))
        let mounted = page.send(.mount(sessionData: session.paymentSessionData))
        let loaded = page.send(.sessionLoaded(.ready(session)))
        #expect((mounted + loaded).codes == [.startOfLoading, .createPaymentParameterError])
        #expect(loaded.events.first?.message
            == "The payment session expired at 2025-12-31T23:59:59+00:00. Create a new payment session.")
        #expect(page.state.phase == .failed(.sessionExpired(at: session.expiresAt, whileOpen: false)))
        #expect(page.view.status == "Session expired: the merchant must create a new payment session.")
        guard case .error(let error) = page.view.screen else {
            Issue.record("expected the error screen")
            return
        }
        #expect(error.headline == "This payment session has expired")
    }

    @Test("expiring while open (timer at expiresAt): the same code, and the page says so")
    func expiredWhileOpen() throws {
        var page = try PageHarness()
        let session = PageFixture.session(expiresAt: PageHarness.start.addingTimeInterval(600))
        page.open(session)
        page.send(.methodSelected("CARD"))
        page.clock.set(session.expiresAt)
        let effects = page.send(.timerFired(.sessionExpiry))
        #expect(effects.codes == [.createPaymentParameterError])
        #expect(effects.events.first?.message?.contains("while the page was open") == true)
        #expect(page.state.phase == .failed(.sessionExpired(at: session.expiresAt, whileOpen: true)))
        #expect(page.send(.timerFired(.sessionExpiry)).isEmpty)
    }

    @Test("a late expiry timer is caught by Pay itself")
    func expiredAtPay() throws {
        var page = try PageHarness()
        let session = PageFixture.session(expiresAt: PageHarness.start.addingTimeInterval(600))
        page.open(session)
        page.send(.methodSelected("GRABPAY_SG"))
        page.clock.advance(by: 601)
        #expect(page.send(.payPressed).codes == [.createPaymentParameterError])
    }

    @Test("the session expiring during a payment leaves that payment alone and notes it")
    func expiredDuringPayment() throws {
        var page = try PageHarness()
        let session = PageFixture.session(PageFixture.request(methods: PageFixture.methods("GRABPAY_SG")), expiresAt: PageHarness.start.addingTimeInterval(600))
        page.open(session)
        page.send(.methodSelected("GRABPAY_SG"))
        page.send(.payPressed)
        page.send(.redirectConfirmed)
        page.send(.paymentAnswered(PageFixture.inProcess()))
        page.clock.set(session.expiresAt)
        let effects = page.send(.timerFired(.sessionExpiry))
        #expect(effects.codes.isEmpty)
        #expect(effects.notes.map(\.kind) == [.sessionExpiredDuringPayment])
        #expect(page.send(.redirectApproved) == [.completeRedirect(paymentId: "PID-1", action: .approve)])
    }
}
