import Foundation
import Testing

@testable import CheckoutDomain

/// Tests of the page model: card payments: success, 3DS, failure, duplicates, network errors, buyer info.
@Suite("Card payments: success, 3DS, failure, duplicates, network errors, buyer info")
struct PageCardPaymentTests {
    private func readyToPay(buyer: Buyer? = Buyer(referenceBuyerId: "buyer-1")) throws -> PageHarness {
        var page = try PageHarness()
        page.open(PageFixture.session(PageFixture.request(methods: PageFixture.methods("CARD", "GRABPAY_SG"), buyer: buyer)))
        page.send(.methodSelected("CARD"))
        page.typeCard()
        return page
    }

    @Test("card pay success: one submitPayment, then SDK_PAYMENT_SUCCESSFUL with the result and masked card")
    func success() throws {
        var page = try readyToPay()
        let paid = page.send(.payPressed)
        #expect(paid.count == 1)
        let sent = try #require(paid.submission)
        #expect(sent.paymentSessionId == "SESSION-1")
        #expect(sent.paymentMethodType == "CARD")
        #expect(sent.card?.number.digits == "4054695723100768")
        #expect(sent.card?.expiry == CardExpiry(month: 12, year: 2028))
        #expect(sent.card?.cvv == "123")
        #expect(page.state.phase == .submitting(.pay))
        #expect(page.view.status == "Submitting your payment…")

        let answered = page.send(.paymentAnswered(PageFixture.success))
        #expect(answered.codes == [.paymentSuccessful])
        let result = try #require(answered.events.first?.result)
        #expect(result.paymentResultCode == "SUCCESS")
        #expect(result.paymentResultMessage == "success.")
        #expect(result.resultStatus == "S")
        #expect(result.cardPaymentResultInfo?.cardNo == "************0768")
        #expect(result.cardPaymentResultInfo?.cardBrand == "VISA")
        guard case .result(let view) = page.view.screen else {
            Issue.record("expected the result screen")
            return
        }
        #expect(view.kind == .succeeded)
        #expect(view.headline == "Payment successful")
        #expect(view.detail == "Your payment of S$60.00 is complete.")
        #expect(view.card == "Visa •••• 0768")
        #expect(page.view.buttons.map(\.action) == [.backToMerchantPressed])
    }

    @Test("3DS: U with normalUrl sends SDK_PAYMENT_CHALLENGE; passing completes the challenge; S succeeds")
    func challengePass() throws {
        var page = try readyToPay()
        page.send(.payPressed)
        let challenged = page.send(.paymentAnswered(PageFixture.inProcess(url: "https://3ds.example/challenge/PID-1")))
        #expect(challenged.codes == [.paymentChallenge])
        #expect(page.state.phase
            == .challenge(PendingPayment(paymentId: "PID-1", paymentMethodType: "CARD", url: "https://3ds.example/challenge/PID-1")))
        #expect(page.view.buttons.map(\.action) == [.challengePassed, .challengeFailed, .challengeAbandoned])
        #expect(page.send(.challengePassed) == [.completeChallenge(paymentId: "PID-1", outcome: .pass)])
        #expect(page.send(.paymentAnswered(PageFixture.success)).codes == [.paymentSuccessful])
    }

    @Test("3DS failed: completeChallenge(fail), then SDK_PAYMENT_FAIL with the code")
    func challengeFail() throws {
        var page = try readyToPay()
        page.send(.payPressed)
        page.send(.paymentAnswered(PageFixture.inProcess()))
        #expect(page.send(.challengeFailed) == [.completeChallenge(paymentId: "PID-1", outcome: .fail)])
        let effects = page.send(.paymentAnswered(PageFixture.failed("USER_PAYMENT_VERIFICATION_FAILED", "verification failed")))
        #expect(effects.codes == [.paymentFail])
        #expect(effects.events.first?.result?.paymentResultCode == "USER_PAYMENT_VERIFICATION_FAILED")
        guard case .result(let view) = page.view.screen else {
            Issue.record("expected the result screen")
            return
        }
        #expect(view.detail == "The payment couldn't be verified. Try again or use another card.")
    }

    @Test("3DS abandoned: completeChallenge(abandon), then U is SDK_PAYMENT_PROCESSING")
    func challengeAbandon() throws {
        var page = try readyToPay()
        page.send(.payPressed)
        page.send(.paymentAnswered(PageFixture.inProcess()))
        #expect(page.send(.challengeAbandoned) == [.completeChallenge(paymentId: "PID-1", outcome: .abandon)])
        let effects = page.send(.paymentAnswered(PageFixture.inProcess(url: nil)))
        #expect(effects.codes == [.paymentProcessing])
        #expect(effects.events.first?.result?.paymentResultCode == "PAYMENT_IN_PROCESS")
        #expect(page.view.status == "Payment processing: the final result is not in yet.")
    }

    @Test("a second Pay while one is in flight: SDK_DUPLICATE_SUBMISSION_BEHAVIOR, still one submitPayment")
    func duplicate() throws {
        var page = try readyToPay()
        let first = page.send(.payPressed)
        let second = page.send(.payPressed)
        #expect(first.submission != nil)
        #expect(second.count == 1)
        #expect(second.codes == [.duplicateSubmission])
        page.send(.paymentAnswered(PageFixture.inProcess()))
        #expect(page.send(.payPressed).codes == [.duplicateSubmission])
    }

    @Test("after a FAIL the buyer fixes the form and retries: CVV cleared, the rest kept")
    func failAndRetry() throws {
        var page = try readyToPay()
        page.send(.payPressed)
        let failed = page.send(.paymentAnswered(PageFixture.failed()))
        #expect(failed.codes == [.paymentFail])
        #expect(failed.events.first?.message == "Payment failed: DO_NOT_HONOR.")
        #expect(failed.events.first?.result?.paymentResultMessage == "Do not honor.")
        #expect(page.view.buttons.map(\.action) == [.retryPressed, .backToMerchantPressed])
        #expect(page.send(.retryPressed).isEmpty)
        #expect(page.state.phase == .choosing)
        #expect(page.state.draft?.cvv.isEmpty == true)
        #expect(page.state.draft?.cardNumber.count == 16)
        #expect(page.state.draft?.focus == .cvv)
        page.send(.fieldEdited(.cvv, "321"))
        #expect(page.send(.payPressed).submission?.card?.cvv == "321")
    }

    @Test("a transport failure on submit: SDK_SUBMIT_NETWORK_ERROR, back on the form, Pay again resubmits")
    func networkError() throws {
        var page = try readyToPay()
        page.send(.payPressed)
        let failed = page.send(.callFailed(.unreachable(api: "submitPayment", reason: "connection reset")))
        #expect(failed.codes == [.submitNetworkError])
        #expect(failed.events.first?.message?.contains("connection reset") == true)
        #expect(page.state.phase == .choosing)
        #expect(page.view.alert == "We couldn't reach the payment service. Press Pay to try again.")
        #expect(page.send(.payPressed).submission != nil)
    }

    // Seed 003 'Card payments': without order.buyer "an error will occur on the page".
    @Test("a card payment on a session without buyer info: the APO's F becomes a page error; cards are disabled")
    func missingBuyerInfo() throws {
        var page = try readyToPay(buyer: nil)
        page.send(.payPressed)
        let effects = page.send(.paymentAnswered(PageFixture.failed("PARAM_ILLEGAL", "order.buyer is required for card payments")))
        #expect(effects.codes == [.paymentFail])
        #expect(effects.events.first?.result?.paymentResultCode == "PARAM_ILLEGAL")
        #expect(page.state.phase == .choosing)
        #expect(page.state.selection == nil)
        #expect(page.view.alert
            == "Card payment isn't available for this order (PARAM_ILLEGAL). Please choose another payment method.")
        page.send(.methodSelected("CARD"))
        #expect(page.state.selection == nil)
        guard case .methods(let list) = page.view.screen else {
            Issue.record("expected the method list")
            return
        }
        let card = try #require(list.sections.flatMap(\.rows).first { $0.paymentMethodType == "CARD" })
        #expect(!card.isEnabled)
        page.send(.methodSelected("GRABPAY_SG"))
        #expect(page.state.selection == .method("GRABPAY_SG"))
    }

    @Test("U without a paymentId cannot be followed: SDK_PAYMENT_ERROR")
    func abnormal() throws {
        var page = try readyToPay()
        page.send(.payPressed)
        let effects = page.send(.paymentAnswered(PageFixture.inProcess(paymentId: nil)))
        #expect(effects.codes == [.paymentError])
        #expect(page.view.status == "Unexpected answer: the merchant should check the payment status.")
    }

    @Test("U without a challenge URL on a card payment is processing")
    func cardProcessing() throws {
        var page = try readyToPay()
        page.send(.payPressed)
        #expect(page.send(.paymentAnswered(PageFixture.inProcess(url: nil))).codes == [.paymentProcessing])
    }

    @Test("a network failure completing the challenge keeps the buyer on the challenge to retry")
    func challengeNetworkError() throws {
        var page = try readyToPay()
        page.send(.payPressed)
        page.send(.paymentAnswered(PageFixture.inProcess()))
        page.send(.challengePassed)
        #expect(page.send(.callFailed(.timeout(api: "completeChallenge", seconds: 10))).codes == [.submitNetworkError])
        #expect(page.send(.challengePassed) == [.completeChallenge(paymentId: "PID-1", outcome: .pass)])
    }
}
