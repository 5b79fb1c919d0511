import Foundation
import Testing

@testable import CheckoutDomain

/// Tests of the page model: merchant result page: inquire, never trust the redirect.
@Suite("Merchant result page: inquire, never trust the redirect")
struct MerchantResultPageTests {
    private let start = PageHarness.start

    private func makePage() throws -> MerchantResultPage {
        MerchantResultPage(catalog: try .bundled(), strings: try .bundled(), money: MoneyFormatter(currencies: try .bundled()))
    }

    private func inquiry(
        _ status: PaymentStatus?, method: PaymentMethodType? = "GRABPAY_SG", code: ResultCode? = nil, transactions: [Transaction]? = nil,
        result: APOResult = .success
    ) -> InquiryPaymentResponse {
        InquiryPaymentResponse(
            result: result, paymentStatus: status, paymentResultCode: code, paymentRequestId: "PAY-1", paymentId: "PID-1",
            paymentMethodType: method, transactions: transactions)
    }

    // Seeds 003 and 004: the front-end result is for display only; "The result page cannot be used as the basis".
    @Test("arrival asks inquiryPayment before showing anything; SUCCESS for a non-capture method is ready to ship")
    func success() throws {
        let page = try makePage()
        var state = MerchantResultState()
        #expect(page.reduce(&state, .arrived(paymentRequestId: "PAY-1"), now: start)
            == [.inquirePayment(InquiryPaymentRequest(paymentRequestId: "PAY-1"))])
        #expect(state.phase == .checking)
        #expect(page.view(state).headline == "Checking your payment…")
        #expect(page.reduce(&state, .inquiryAnswered(inquiry("SUCCESS")), now: start).isEmpty)
        #expect(state.phase == .succeeded)
        #expect(state.shipping == .ready)
        let view = page.view(state)
        #expect(view.headline == "Payment received")
        #expect(view.shipping == "Shipping: ready to ship")
    }

    @Test("FAIL shows the failure and what to tell the buyer")
    func failure() throws {
        let page = try makePage()
        var state = MerchantResultState()
        _ = page.reduce(&state, .arrived(paymentRequestId: "PAY-1"), now: start)
        _ = page.reduce(&state, .inquiryAnswered(inquiry("FAIL", code: "USER_BALANCE_NOT_ENOUGH")), now: start)
        #expect(state.phase == .failed(paymentResultCode: "USER_BALANCE_NOT_ENOUGH", message: nil))
        let view = page.view(state)
        #expect(view.headline == "Payment failed")
        #expect(view.detail == "There isn't enough balance. Top up or choose another payment method.")
        #expect(view.paymentResultCode == "USER_BALANCE_NOT_ENOUGH")
        #expect(view.shipping == nil)
    }

    @Test("PROCESSING: one automatic re-check after 3 s, then \"order processing\" with a re-check that inquires again")
    func processingAndRecheck() throws {
        let page = try makePage()
        var state = MerchantResultState()
        _ = page.reduce(&state, .arrived(paymentRequestId: "PAY-1"), now: start)
        #expect(page.reduce(&state, .inquiryAnswered(inquiry("PROCESSING")), now: start)
            == [.scheduleRecheck(at: start.addingTimeInterval(3))])
        #expect(state.phase == .checking)
        #expect(page.view(state).status == "Still processing: inquiring again in a few seconds.")
        #expect(page.reduce(&state, .recheckPressed, now: start).isEmpty)
        #expect(page.reduce(&state, .recheckTimerFired, now: start.addingTimeInterval(3))
            == [.inquirePayment(InquiryPaymentRequest(paymentRequestId: "PAY-1"))])
        #expect(page.reduce(&state, .inquiryAnswered(inquiry("PENDING")), now: start).isEmpty)
        #expect(state.phase == .processing)
        let view = page.view(state)
        #expect(view.headline == "Order processing")
        #expect(view.buttons.map(\.action) == [.recheckPressed])

        #expect(page.reduce(&state, .recheckPressed, now: start.addingTimeInterval(30))
            == [.inquirePayment(InquiryPaymentRequest(paymentRequestId: "PAY-1"))])
        _ = page.reduce(&state, .inquiryAnswered(inquiry("SUCCESS")), now: start)
        #expect(state.phase == .succeeded)
        #expect(state.inquiries == 3)
    }

    @Test("an inquiry that gets no answer shows \"order processing\", never a network message")
    func inquiryFailed() throws {
        let page = try makePage()
        var state = MerchantResultState()
        _ = page.reduce(&state, .arrived(paymentRequestId: "PAY-1"), now: start)
        _ = page.reduce(&state, .inquiryFailed(.timeout(api: "inquiryPayment", seconds: 10)), now: start)
        _ = page.reduce(&state, .recheckTimerFired, now: start)
        _ = page.reduce(&state, .inquiryFailed(.timeout(api: "inquiryPayment", seconds: 10)), now: start)
        #expect(state.phase == .processing)
        #expect(page.view(state).headline == "Order processing")
    }

    @Test("ORDER_NOT_EXIST: the buyer never submitted a payment")
    func notPaid() throws {
        let page = try makePage()
        var state = MerchantResultState()
        _ = page.reduce(&state, .arrived(paymentRequestId: "PAY-1"), now: start)
        _ = page.reduce(
            &state, .inquiryAnswered(inquiry(nil, result: .failure("ORDER_NOT_EXIST", "The order doesn't exist."))), now: start)
        #expect(state.phase == .notPaid)
        #expect(page.view(state).headline == "No payment was made")
    }

    // Seed 003 FAQ: for CARD "wait for a notification of CAPTURE_RESULT type before making the decision to ship".
    @Test("CARD success waits for capture until CAPTURE_RESULT arrives")
    func captureByNotification() throws {
        let page = try makePage()
        var state = MerchantResultState()
        _ = page.reduce(&state, .arrived(paymentRequestId: "PAY-1"), now: start)
        _ = page.reduce(&state, .inquiryAnswered(inquiry("SUCCESS", method: "CARD")), now: start)
        #expect(state.shipping == .waitingForCapture)
        #expect(page.view(state).shipping == "Shipping: waiting for capture")
        #expect(page.view(state).buttons.map(\.action) == [.recheckPressed])
        let other = NotifyCaptureRequest(notifyType: "CAPTURE_RESULT", result: .success, paymentId: "SOMEONE-ELSE")
        _ = page.reduce(&state, .captureNotified(other), now: start)
        #expect(state.shipping == .waitingForCapture)
        let capture = NotifyCaptureRequest(notifyType: "CAPTURE_RESULT", result: .success, paymentId: "PID-1")
        _ = page.reduce(&state, .captureNotified(capture), now: start)
        #expect(state.shipping == .ready)
    }

    // Seed 000: CARD, APPLEPAY, GOOGLEPAY are judged by their CAPTURE transaction, not paymentStatus alone.
    @Test("GOOGLEPAY success is ready once the inquiry's transactions show a successful CAPTURE")
    func captureByInquiry() throws {
        let page = try makePage()
        var state = MerchantResultState()
        _ = page.reduce(&state, .arrived(paymentRequestId: "PAY-1"), now: start)
        _ = page.reduce(&state, .inquiryAnswered(inquiry("SUCCESS", method: "GOOGLEPAY")), now: start)
        #expect(state.shipping == .waitingForCapture)
        #expect(page.reduce(&state, .recheckPressed, now: start).count == 1)
        let captured = [Transaction(transactionType: "CAPTURE", transactionStatus: "SUCCESS", transactionId: "CAP-1")]
        _ = page.reduce(&state, .inquiryAnswered(inquiry("SUCCESS", method: "GOOGLEPAY", transactions: captured)), now: start)
        #expect(state.shipping == .ready)
    }

    @Test("a failed capture holds shipping and says to contact Antom")
    func captureFailed() throws {
        let page = try makePage()
        var state = MerchantResultState()
        _ = page.reduce(&state, .arrived(paymentRequestId: "PAY-1"), now: start)
        _ = page.reduce(&state, .inquiryAnswered(inquiry("SUCCESS", method: "CARD")), now: start)
        _ = page.reduce(
            &state, .captureNotified(NotifyCaptureRequest(notifyType: "CAPTURE_RESULT", result: .failure("PROCESS_FAIL", "x"))),
            now: start)
        #expect(state.shipping == .captureFailed)
        #expect(page.view(state).shipping?.contains("contact Antom") == true)
    }

    @Test("answers nobody asked for, or for another payment, change nothing")
    func strayAnswers() throws {
        let page = try makePage()
        var state = MerchantResultState()
        #expect(page.reduce(&state, .inquiryAnswered(inquiry("SUCCESS")), now: start).isEmpty)
        #expect(state.phase == .idle)
        _ = page.reduce(&state, .arrived(paymentRequestId: "PAY-1"), now: start)
        var other = inquiry("SUCCESS")
        other.paymentRequestId = "PAY-2"
        _ = page.reduce(&state, .inquiryAnswered(other), now: start)
        #expect(state.phase == .checking)
    }
}
