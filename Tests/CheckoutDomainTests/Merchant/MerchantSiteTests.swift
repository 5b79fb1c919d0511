import Foundation
import Testing

@testable import CheckoutDomain

/// The merchant's integration rules as a pure reducer, composing the Checkout Page and the result page.
@Suite("Merchant site: session, redirect or stay, inquire, capture and refund")
struct MerchantSiteTests {
    private let now = PageHarness.start

    private func makeSite(
        _ behaviour: MerchantBehaviour = MerchantBehaviour(), manualCapture: Bool = false
    ) throws -> MerchantSite {
        let page = try CheckoutPage.bundled()
        var request = PageFixture.request(methods: PageFixture.methods("CARD"))
        if manualCapture { request.paymentFactor = PaymentFactor(captureMode: "MANUAL") }
        return MerchantSite(
            page: page, resultPage: MerchantResultPage(catalog: page.catalog, strings: page.strings, money: page.money),
            sessionRequest: request, mode: .embedded, behaviour: behaviour, ids: SequentialIDGenerator())
    }

    private static let created = CreatePaymentSessionResponse(
        result: .success, paymentSessionData: PageFixture.session().paymentSessionData,
        paymentSessionExpiryTime: "2026-01-01T01:00:00Z", paymentSessionId: "SESSION-1")

    /// From opening the order page to the page's method list.
    private func mounted(_ site: MerchantSite) -> MerchantSiteState {
        var state = MerchantSiteState()
        _ = site.reduce(&state, .orderPageOpened, now: now)
        _ = site.reduce(&state, .sessionCreated(Self.created), now: now)
        _ = site.reduce(&state, .page(.sessionLoaded(.ready(PageFixture.session(site.sessionRequest)))), now: now)
        return state
    }

    /// Pays by card; returns the effects of the answer.
    private func pay(_ site: MerchantSite, _ state: inout MerchantSiteState) -> [MerchantSiteEffect] {
        _ = site.reduce(&state, .page(.methodSelected("CARD")), now: now)
        for (field, text) in [(FormField.cardNumber, "4054695723100768"), (.expiry, "12/28"), (.cvv, "123"), (.holderName, "Ana Lima")] {
            _ = site.reduce(&state, .page(.fieldEdited(field, text)), now: now)
        }
        _ = site.reduce(&state, .page(.payPressed), now: now)
        return site.reduce(&state, .page(.paymentAnswered(PageFixture.success)), now: now)
    }

    private static func inquiry(_ transactions: [Transaction]) -> InquiryPaymentResponse {
        InquiryPaymentResponse(
            result: .success, paymentStatus: "SUCCESS", paymentRequestId: "PAY-1", paymentId: "PID-1",
            paymentAmount: Amount(currency: "SGD", value: "6000"), paymentMethodType: "CARD", transactions: transactions)
    }

    private static func step(_ type: TransactionType, _ value: String) -> Transaction {
        Transaction(
            transactionType: type, transactionStatus: "SUCCESS", transactionAmount: Amount(currency: "SGD", value: value))
    }

    @Test("opening the order page creates the session; its data mounts the page, whose load call goes out as the page's effect")
    func createAndMount() throws {
        let site = try makeSite()
        var state = MerchantSiteState()
        #expect(site.reduce(&state, .orderPageOpened, now: now) == [.createPaymentSession(site.sessionRequest)])
        let effects = site.reduce(&state, .sessionCreated(Self.created), now: now)
        #expect(state.stage == .checkout)
        #expect(effects.first == .note(MerchantNote(
            .mounted, summary: "embedded", detail: "mountComponent({sessionData}) in the order page")))
        #expect(effects.contains(.page(.loadSession(sessionData: Self.created.paymentSessionData ?? ""))))
    }

    @Test("what the buyer does inside the form changes only its draft and the banner; rows, fields and buttons stay")
    func formInputChangesOnlyTheDraft() throws {
        let site = try makeSite()
        var state = mounted(site)
        _ = site.reduce(&state, .page(.methodSelected("CARD")), now: now)
        func outline(_ state: MerchantSiteState) -> [String] {
            let view = site.page.view(state.page)
            guard case .methods(let list) = view.screen else { return ["not the method list"] }
            return list.sections.flatMap(\.rows).map { "\($0.option)" } + (list.form?.fields.map { "\($0.field)" } ?? [])
                + ["save card: \(list.form?.saveCard != nil)"] + view.buttons.map(\.label)
        }
        let edits: [PageAction] = [
            .keysTyped(.cardNumber, "4054"), .backspacePressed(.cardNumber), .nextFieldFocused, .keysTyped(.cvv, "12"),
            .fieldEdited(.holderName, "Ana Lima"), .previousFieldFocused, .cardNumberTyped("4054 6957"),
            .fieldFocused(.expiry), .keysTyped(.expiry, "99"), .saveCardToggled,
        ]
        for edit in edits {
            let before = state
            _ = site.reduce(&state, .page(edit), now: now)
            #expect(MerchantSiteAction.page(edit).isFormInput)
            if edit != .saveCardToggled { #expect(state != before, "\(edit) did something") }
            var typedOnly = before
            typedOnly.page.drafts = state.page.drafts
            typedOnly.page.alert = state.page.alert
            #expect(typedOnly == state, "\(edit) changed more than the draft and the banner")
            #expect(outline(state) == outline(before), "\(edit)")
        }
        for other: PageAction in [.payPressed, .backPressed, .methodSelected("CARD"), .leavePressed, .retryPressed] {
            #expect(!MerchantSiteAction.page(other).isFormInput, "\(other)")
        }
        var left = state
        _ = site.reduce(&left, .page(.backPressed), now: now)
        #expect(outline(left) != outline(state), "Back closes the form, which form input must not do")
    }

    @Test("the same site taking another order sends that order's request and keeps its rules")
    func takingAnotherOrder() throws {
        let site = try makeSite(MerchantBehaviour(onPaymentSuccessful: .stay), manualCapture: true)
        var next = site.sessionRequest
        next.paymentRequestId = "ORDER-2"
        let taken = site.taking(next)
        var state = MerchantSiteState()
        #expect(taken.reduce(&state, .orderPageOpened, now: now) == [.createPaymentSession(next)])
        #expect(taken.paymentRequestId(state) == "ORDER-2")
        #expect(site.sessionRequest.paymentRequestId != "ORDER-2")
        #expect(taken.capturesManually && taken.behaviour == site.behaviour && taken.mode == site.mode)
    }

    @Test("a timeout is retried once with a new paymentRequestId; a second one leaves no session")
    func retryAfterTimeout() throws {
        let site = try makeSite()
        var state = MerchantSiteState()
        _ = site.reduce(&state, .orderPageOpened, now: now)
        let timeout = APOClientError.timeout(api: "createPaymentSession", seconds: 10)
        let retry = site.reduce(&state, .sessionCreationFailed(timeout), now: now)
        #expect(state.retriedPaymentRequestId == "PAY-1_R1")
        #expect(retry.last.flatMap { if case .createPaymentSession(let request) = $0 { request.paymentRequestId } else { nil } } == "PAY-1_R1")
        #expect(site.reduce(&state, .sessionCreationFailed(timeout), now: now).isEmpty)
        #expect(state.stage == .sessionFailed(.unanswered(timeout)))
    }

    @Test("createPaymentSession F mounts nothing")
    func rejected() throws {
        let site = try makeSite()
        var state = MerchantSiteState()
        let result = APOResult.failure("PARAM_ILLEGAL", "order.orderAmount.value is wrong")
        #expect(site.reduce(&state, .sessionCreated(CreatePaymentSessionResponse(result: result)), now: now).isEmpty)
        #expect(state.stage == .sessionFailed(.rejected(result)))
        #expect(state.page.phase == .unmounted)
    }

    @Test("redirect (the default): SDK_PAYMENT_SUCCESSFUL unmounts the page and the result page inquires")
    func redirectOnSuccess() throws {
        let site = try makeSite()
        var state = mounted(site)
        let effects = pay(site, &state)
        #expect(state.stage == .merchantResult)
        #expect(state.page.phase == .unmounted)
        #expect(effects.contains(.result(.inquirePayment(InquiryPaymentRequest(paymentRequestId: "PAY-1")))))
        #expect(effects.last == .deliverNotifications)
    }

    @Test("stay: the page keeps its result; Back to merchant (SDK_PAYMENT_CLICK_BACK_TO_MERCHANT) moves on and inquires")
    func stayOnSuccess() throws {
        let site = try makeSite(MerchantBehaviour(onPaymentSuccessful: .stay))
        var state = mounted(site)
        let effects = pay(site, &state)
        #expect(state.stage == .checkout)
        guard case .result(let outcome) = state.page.phase else {
            Issue.record("expected the page's result, got \(state.page.phase)")
            return
        }
        #expect(outcome.kind == .succeeded)
        #expect(effects.contains { if case .note(let note) = $0 { note.kind == .stayed } else { false } })
        #expect(!effects.contains { if case .result = $0 { true } else { false } })
        let back = site.reduce(&state, .page(.backToMerchantPressed), now: now)
        let codes = back.compactMap { if case .page(.emit(let event)) = $0 { event.code } else { nil } }
        #expect(codes.first == .paymentClickBackToMerchant)
        #expect(state.stage == .merchantResult)
        #expect(back.contains(.result(.inquirePayment(InquiryPaymentRequest(paymentRequestId: "PAY-1")))))
    }

    @Test("Leave on the page: SDK_PAYMENT_CANCEL, the page is left, o mounts the same session again")
    func leaveAndReopen() throws {
        let site = try makeSite()
        var state = mounted(site)
        _ = site.reduce(&state, .page(.leavePressed), now: now)
        #expect(state.stage == .pageLeft)
        let reopened = site.reduce(&state, .reopenPressed, now: now)
        #expect(state.stage == .checkout)
        #expect(reopened.contains(.page(.loadSession(sessionData: Self.created.paymentSessionData ?? ""))))
    }

    @Test("manual capture: capture and cancel offered; a part capture, then the result page inquires again")
    func partCaptureThenInquire() throws {
        let site = try makeSite(manualCapture: true)
        var state = mounted(site)
        _ = pay(site, &state)
        _ = site.reduce(&state, .result(.inquiryAnswered(Self.inquiry([Self.step("AUTHORIZATION", "6000")]))), now: now)
        #expect(site.offeredOperations(state) == [.capture, .cancel])
        #expect(site.remaining(.capture, state) == Amount(currency: "SGD", value: "6000"))
        let part = Amount(currency: "SGD", value: "2000")
        let call = site.reduce(&state, .operationRequested(.capture(part)), now: now)
        guard case .call(.capture(let request)) = call.first else {
            Issue.record("expected a capture call, got \(call)")
            return
        }
        #expect(request.captureAmount == part)
        #expect(request.isLastCapture == false)
        #expect(state.paymentInFlight)
        // A second operation waits for the first's answer.
        #expect(site.reduce(&state, .operationRequested(.cancel), now: now).isEmpty)
        let answered = site.reduce(
            &state, .operationAnswered(.capture(CaptureResponse(result: .success, captureId: "CAP-1"))), now: now)
        #expect(answered == [.deliverNotifications, .result(.inquirePayment(InquiryPaymentRequest(paymentRequestId: "PAY-1")))])
        #expect(state.operations.lastOutcome == .succeeded(.capture(part), id: "CAP-1"))
        _ = site.reduce(
            &state, .result(.inquiryAnswered(Self.inquiry([Self.step("AUTHORIZATION", "6000"), Self.step("CAPTURE", "2000")]))),
            now: now)
        #expect(site.offeredOperations(state) == [.capture, .refund])
        #expect(site.remaining(.capture, state) == Amount(currency: "SGD", value: "4000"))
        #expect(site.remaining(.refund, state) == Amount(currency: "SGD", value: "2000"))
    }

    @Test("refunds: what remains shrinks with each; a refusal is kept with Antom's result; nothing left, nothing offered")
    func refunds() throws {
        let site = try makeSite()
        var state = mounted(site)
        _ = pay(site, &state)
        _ = site.reduce(&state, .result(.inquiryAnswered(Self.inquiry([Self.step("CAPTURE", "6000")]))), now: now)
        #expect(site.offeredOperations(state) == [.refund])
        let tooMuch = Amount(currency: "SGD", value: "9000")
        _ = site.reduce(&state, .operationRequested(.refund(tooMuch)), now: now)
        let refusal = APOResult.failure("REFUND_AMOUNT_EXCEED", "The total refund amount exceeds the payment amount.")
        #expect(site.reduce(&state, .operationAnswered(.refund(RefundResponse(result: refusal))), now: now)
            == [.result(.inquirePayment(InquiryPaymentRequest(paymentRequestId: "PAY-1")))])
        #expect(state.operations.lastOutcome == .refused(.refund(tooMuch), refusal))
        _ = site.reduce(
            &state, .result(.inquiryAnswered(Self.inquiry([Self.step("CAPTURE", "6000"), Self.step("REFUND", "6000")]))),
            now: now)
        #expect(site.offeredOperations(state).isEmpty)
    }

    @Test("a call with no answer is reported and may be tried again")
    func unanswered() throws {
        let site = try makeSite()
        var state = mounted(site)
        _ = pay(site, &state)
        _ = site.reduce(&state, .result(.inquiryAnswered(Self.inquiry([Self.step("CAPTURE", "6000")]))), now: now)
        let amount = Amount(currency: "SGD", value: "100")
        _ = site.reduce(&state, .operationRequested(.refund(amount)), now: now)
        let error = APOClientError.timeout(api: "refund", seconds: 10)
        _ = site.reduce(&state, .operationFailed(.refund, error), now: now)
        #expect(state.operations.lastOutcome == .unanswered(.refund(amount), error))
        #expect(!state.paymentInFlight)
        #expect(site.reduce(&state, .operationRequested(.refund(amount)), now: now).count == 1)
    }

    @Test("the server's own call (a steps file) is made whatever the result page offers, and answered the same way")
    func serverCalls() throws {
        let site = try makeSite()
        var state = mounted(site)
        // Before any redirect: the result page offers nothing, the server calls anyway and inquires off the page.
        #expect(site.reduce(&state, .operationRequested(.refund(Amount(currency: "SGD", value: "100"))), now: now).isEmpty)
        #expect(site.reduce(&state, .serverCalled(.inquire, paymentId: nil), now: now)
            == [.result(.inquirePayment(InquiryPaymentRequest(paymentRequestId: "PAY-1")))])
        _ = pay(site, &state)
        _ = site.reduce(&state, .result(.inquiryAnswered(Self.inquiry([Self.step("CAPTURE", "6000"), Self.step("REFUND", "6000")]))), now: now)
        #expect(site.offeredOperations(state).isEmpty)
        let more = Amount(currency: "SGD", value: "500")
        let call = site.reduce(&state, .serverCalled(.refund(more), paymentId: "PID-1"), now: now)
        guard case .call(.refund(let request)) = call.first else {
            Issue.record("expected a refund call, got \(call)")
            return
        }
        #expect(request.paymentId == "PID-1" && request.refundAmount == more && request.refundReason == "Refund from a steps file")
        // One call at a time, as the result page's.
        #expect(site.reduce(&state, .serverCalled(.cancel, paymentId: "PID-1"), now: now).isEmpty)
        let refusal = APOResult.failure("REFUND_AMOUNT_EXCEED", "The total refund amount exceeds the payment amount.")
        #expect(site.reduce(&state, .operationAnswered(.refund(RefundResponse(result: refusal))), now: now)
            == [.result(.inquirePayment(InquiryPaymentRequest(paymentRequestId: "PAY-1")))])
        #expect(state.operations.lastOutcome == .refused(.refund(more), refusal))
        // On the result page, inquire is the page's own re-check, whose answer it reads in.
        _ = site.reduce(&state, .result(.inquiryAnswered(Self.inquiry([Self.step("CAPTURE", "6000")]))), now: now)
        #expect(site.reduce(&state, .serverCalled(.inquire, paymentId: nil), now: now)
            == [.result(.inquirePayment(InquiryPaymentRequest(paymentRequestId: "PAY-1")))])
        #expect(state.result.awaitingAnswer)
    }
}
