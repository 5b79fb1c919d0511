import Foundation
import Testing

@testable import CheckoutDomain

/// Tests of the page model: redirect wallets, QR codes and vouchers.
@Suite("Redirect wallets, QR codes and vouchers")
struct PageRedirectAndCodeTests {
    private func page(
        _ method: PaymentMethodType, currency: String = "SGD", value: String = "6000", locale: String = "en_US"
    ) throws -> PageHarness {
        var page = try PageHarness()
        var request = PageFixture.request(currency: currency, value: value, methods: PageFixture.methods(method))
        request.locale = locale
        page.open(PageFixture.session(request))
        page.send(.methodSelected(method))
        return page
    }

    @Test("wallet: confirm, SDK_CALL_URL_SUCCESS when its page opens, approve, success")
    func walletApprove() throws {
        var page = try page("GRABPAY_SG")
        #expect(page.form?.fields.isEmpty == true)
        page.send(.payPressed)
        #expect(page.view.status == "Confirm to continue to GrabPay.")
        #expect(page.send(.redirectConfirmed).submission?.paymentMethodType == "GRABPAY_SG")
        let opened = page.send(.paymentAnswered(PageFixture.inProcess()))
        #expect(opened.codes == [.callURLSuccess])
        #expect(page.view.buttons.map(\.action) == [.redirectApproved, .redirectDeclined, .redirectAbandoned])
        #expect(page.send(.redirectApproved) == [.completeRedirect(paymentId: "PID-1", action: .approve)])
        #expect(page.send(.paymentAnswered(PageFixture.success)).codes == [.paymentSuccessful])
    }

    @Test("wallet declined is SDK_PAYMENT_FAIL; abandoned (U) is SDK_PAYMENT_PROCESSING")
    func walletDeclineAbandon() throws {
        var declined = try page("GRABPAY_SG")
        declined.send(.payPressed)
        declined.send(.redirectConfirmed)
        declined.send(.paymentAnswered(PageFixture.inProcess()))
        #expect(declined.send(.redirectDeclined) == [.completeRedirect(paymentId: "PID-1", action: .decline)])
        #expect(declined.send(.paymentAnswered(PageFixture.failed("USER_BALANCE_NOT_ENOUGH", "balance"))).codes == [.paymentFail])

        var abandoned = try page("GRABPAY_SG")
        abandoned.send(.payPressed)
        abandoned.send(.redirectConfirmed)
        abandoned.send(.paymentAnswered(PageFixture.inProcess()))
        #expect(abandoned.send(.redirectAbandoned) == [.completeRedirect(paymentId: "PID-1", action: .abandon)])
        #expect(abandoned.send(.paymentAnswered(PageFixture.inProcess(url: nil))).codes == [.paymentProcessing])
    }

    @Test("no usable wallet URL: SDK_CALL_URL_ERROR and the buyer stays on the form")
    func walletNoURL() throws {
        var page = try page("GRABPAY_SG")
        page.send(.payPressed)
        page.send(.redirectConfirmed)
        let effects = page.send(.paymentAnswered(PageFixture.inProcess(url: "not a url")))
        #expect(effects.codes == [.callURLError])
        #expect(page.state.phase == .choosing)
        #expect(page.view.alert == "We couldn't open GrabPay. Try again or choose another payment method.")
    }

    @Test("back on the confirm step returns to the form without submitting")
    func confirmBack() throws {
        var page = try page("GRABPAY_SG")
        page.send(.payPressed)
        #expect(page.send(.backPressed).isEmpty)
        #expect(page.state.phase == .choosing)
    }

    @Test("QR on WEB: the code and a countdown driven by ticks; at 0 it is expired and processing")
    func qrCountdown() throws {
        var page = try page("PAYNOW")
        let expiresAt = page.now.addingTimeInterval(120)
        #expect(page.send(.payPressed).submission != nil)
        let shown = page.send(.paymentAnswered(PageFixture.code("00020101021226PAYNOW", expiresAt: expiresAt)))
        #expect(shown.codes.isEmpty)
        #expect(shown == [.scheduleTimer(.codeCountdown, at: page.now.addingTimeInterval(1))])
        guard case .code(let code) = page.view.screen else {
            Issue.record("expected the code screen")
            return
        }
        #expect(code.codeValue == "00020101021226PAYNOW")
        #expect(code.countdown == "Expires in 02:00")
        #expect(code.secondsLeft == 120)

        page.clock.advance(by: 1)
        #expect(page.send(.timerFired(.codeCountdown)) == [.scheduleTimer(.codeCountdown, at: page.now.addingTimeInterval(1))])
        #expect(page.state.codeSecondsLeft == 119)

        page.clock.set(expiresAt)
        let expired = page.send(.timerFired(.codeCountdown))
        #expect(expired.codes == [.paymentProcessing])
        #expect(expired.notes.map(\.kind) == [.codeExpired])
        guard case .result(let result) = page.view.screen else {
            Issue.record("expected the result screen")
            return
        }
        #expect(result.kind == .codeExpired)
        #expect(result.headline == "The code has expired")

        // "…until the server says otherwise."
        #expect(page.send(.paymentAnswered(PageFixture.success)).codes == [.paymentSuccessful])
    }

    @Test("QR paid in the app before it expires: completeRedirect(approve), countdown cancelled on success")
    func qrPaid() throws {
        var page = try page("PAYNOW")
        page.send(.payPressed)
        page.send(.paymentAnswered(PageFixture.code("CODE", expiresAt: page.now.addingTimeInterval(60))))
        #expect(page.send(.redirectApproved) == [.completeRedirect(paymentId: "PID-1", action: .approve)])
        let effects = page.send(.paymentAnswered(PageFixture.success))
        #expect(effects.first == .cancelTimer(.codeCountdown))
        #expect(effects.codes == [.paymentSuccessful])
    }

    @Test("voucher: the code and its deadline; SDK_PAYMENT_PROCESSING until it is paid")
    func voucher() throws {
        var page = try page("KONBINI", currency: "JPY", value: "1200")
        let deadline = page.now.addingTimeInterval(7 * 24 * 3600)
        page.send(.payPressed)
        let effects = page.send(.paymentAnswered(PageFixture.code("KONBINI-123-456", expiresAt: deadline)))
        #expect(effects.codes == [.paymentProcessing])
        guard case .voucher(let voucher) = page.view.screen else {
            Issue.record("expected the voucher screen")
            return
        }
        #expect(voucher.code == "KONBINI-123-456")
        // Konbini is paid in Japan: the deadline is on the Japanese clock, the zone named (it was shown in UTC).
        #expect(voucher.deadline == "Jan 8, 2026, 9:00 AM JST (UTC+9)")
        #expect(
            voucher.instructions
                == "Pay ¥1,200 with this code at a store or bank before Jan 8, 2026, 9:00 AM JST (UTC+9).")
        #expect(page.send(.redirectApproved) == [.completeRedirect(paymentId: "PID-1", action: .approve)])
        #expect(page.send(.paymentAnswered(PageFixture.success)).codes == [.paymentSuccessful])
    }

    @Test("Google Pay: its payment sheet over the page, not \"You'll leave this page\"; Continue pays, Cancel goes back")
    func googlePaySheet() throws {
        var page = try page("GOOGLEPAY")
        #expect(page.form?.hint == "Google Pay opens over this page to pay S$60.00.")
        page.send(.payPressed)
        guard case .paymentSheet(let sheet) = page.view.screen else {
            Issue.record("expected the Google Pay sheet, got \(page.view.screen)")
            return
        }
        #expect(sheet.methodName == "Google Pay")
        #expect(sheet.total == "Total S$60.00")
        #expect(page.view.buttons.map(\.label) == ["Continue", "Cancel"])
        #expect(page.view.status == "Google Pay is open over the page: continue to pay, or cancel.")
        page.send(.backPressed)
        #expect(page.state.phase == .choosing)
        page.send(.payPressed)
        guard case .submitPayment? = page.send(.redirectConfirmed).first else {
            Issue.record("Continue should submit the payment")
            return
        }
        // Authorised on the sheet: no wallet page, no SDK_PAYMENT_CALL_URL_SUCCESS; the page completes the payment.
        let effects = page.send(.paymentAnswered(PageFixture.inProcess()))
        #expect(effects == [.completeRedirect(paymentId: "PID-1", action: .approve)])
        #expect(page.send(.paymentAnswered(PageFixture.success)).codes == [.paymentSuccessful])
    }

    @Test("voucher in ja_JP: Japanese words, the code's label and the deadline in JST")
    func voucherJapanese() throws {
        var page = try page("KONBINI", currency: "JPY", value: "1200", locale: "ja_JP")
        page.send(.payPressed)
        page.send(.paymentAnswered(PageFixture.code("KONBINI-123-456", expiresAt: page.now.addingTimeInterval(7 * 86400))))
        guard case .voucher(let voucher) = page.view.screen else {
            Issue.record("expected the voucher screen")
            return
        }
        #expect(voucher.methodName == "コンビニ払い")
        #expect(voucher.codeLabel == "払込番号")
        #expect(voucher.deadline == "2026年1月8日 09:00 JST (UTC+9)")
        #expect(voucher.instructions.hasPrefix("2026年1月8日 09:00 JST (UTC+9) までに"))
    }

    @Test("voucher: at its deadline the page stops offering 'paid at the store' and treats the order as processing")
    func voucherDeadline() throws {
        var page = try page("KONBINI", currency: "JPY", value: "1200")
        let deadline = page.now.addingTimeInterval(7 * 24 * 3600)
        page.send(.payPressed)
        let issued = page.send(.paymentAnswered(PageFixture.code("KONBINI-123-456", expiresAt: deadline)))
        #expect(issued.contains(.scheduleTimer(.codeCountdown, at: deadline)))
        page.clock.advance(by: 3600)
        #expect(page.send(.timerFired(.codeCountdown)) == [.scheduleTimer(.codeCountdown, at: deadline)])
        page.clock.set(deadline)
        page.send(.timerFired(.codeCountdown))
        guard case .result(let result) = page.view.screen else {
            Issue.record("expected the result screen after the deadline")
            return
        }
        #expect(result.kind == .codeExpired)
        #expect(page.send(.redirectApproved).isEmpty)
    }
}
