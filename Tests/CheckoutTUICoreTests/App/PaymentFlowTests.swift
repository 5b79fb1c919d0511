import CheckoutDomain
import CheckoutTUICore
import Testing

/// Whole flows through the app, keys in, states and timeline out, over the in-process mock APO.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct PaymentFlowTests {
    @Test("start: the merchant creates the session and mounts the page with its data")
    func startMountsThePage() async throws {
        let run = try await AppHarness("sg-card-first-payment").run([])
        #expect(run.state.stage == .checkout)
        #expect(run.state.page.phase == .choosing)
        #expect(Array(run.timelineTitles.prefix(5)) == [
            "createPaymentSession", "mount", "SDK_START_OF_LOADING", "loadSession", "SDK_END_OF_LOADING",
        ])
        let create = try #require(run.state.timeline.entries.first)
        #expect(create.summary == "PAY_SG_FIRST_0001 · S SUCCESS")
        #expect(run.state.cursor == .option(.method("GOOGLEPAY")))
    }

    @Test("a card payment with save-card consent: success, the merchant inquires, notifications are acked")
    func cardPayment() async throws {
        let harness = try AppHarness("sg-card-first-payment")
        let run = await harness.run(Script.payByCard(saveCard: true))
        #expect(run.state.stage == .merchantResult)
        #expect(run.state.merchant.phase == .succeeded)
        let titles = run.timelineTitles
        let success = try #require(titles.firstIndex(of: "SDK_PAYMENT_SUCCESSFUL"))
        let inquiry = try #require(titles.firstIndex(of: "inquiryPayment"))
        #expect(success < inquiry)
        let payment = try #require(run.state.timeline.entries.first { $0.title == "notifyPayment" })
        #expect(payment.summary == "PAY_SG_FIRST_0001 · PAYMENT_RESULT · #1 · acked (HTTP 200)")
        #expect(titles.contains("notifyCapture"))
        let event = try #require(run.state.timeline.entries.first { $0.title == "SDK_PAYMENT_SUCCESSFUL" })
        #expect(event.summary.contains("cardToken"))
        #expect(harness.receiver.notifications.map(\.notifyType) == ["PAYMENT_RESULT", "CAPTURE_RESULT"])
    }

    @Test("Przelewy24 with the prefilled email: confirm, approve on the wallet page, success")
    func p24() async throws {
        let chosen = try await AppHarness("pl-p24-prefilled-email").run(Script.keys("Enter"))
        let form = try #require(Self.form(chosen.app.pageView))
        let email = try #require(form.fields.first)
        #expect(email.value == "123221321@test.com")
        #expect(email.isPrefilled)
        // Pay from the form, continue to Przelewy24, approve on its page.
        let run = try await AppHarness("pl-p24-prefilled-email").run(Script.keys("Enter", "Enter", "Enter", "Enter"))
        #expect(run.timelineTitles.contains("SDK_CALL_URL_SUCCESS"))
        #expect(run.timelineTitles.contains("SDK_PAYMENT_SUCCESSFUL"))
        #expect(run.state.merchant.phase == .succeeded)
    }

    @Test("3DS: the challenge page, then success once verified")
    func threeDS() async throws {
        let script = Script.keys("Enter") + Script.text(AppHarness.visa) + Script.keys("Tab") + Script.text("1230")
            + Script.keys("Tab") + Script.text("123") + Script.keys("Tab") + Script.text("GAGA TEST") + Script.keys("Enter")
        let challenged = try await AppHarness("card-3ds-challenge").run(script)
        guard case .challenge = challenged.state.page.phase else {
            Issue.record("expected the challenge page, got \(challenged.state.page.phase)")
            return
        }
        #expect(challenged.state.cursor == .button(0))
        let passed = try await AppHarness("card-3ds-challenge").run(script + Script.keys("Enter"))
        #expect(passed.timelineTitles.contains("completeChallenge"))
        #expect(passed.state.merchant.phase == .succeeded)
    }

    @Test("Esc at the top leaves the page (SDK_PAYMENT_CANCEL); o mounts it again and it resumes")
    func leaveAndReopen() async throws {
        let left = try await AppHarness("sg-card-first-payment").run(Script.keys("Escape"))
        #expect(left.state.stage == .pageLeft)
        #expect(left.timelineTitles.contains("SDK_PAYMENT_CANCEL"))
        // The session is valid until 01:00 UTC; the merchant's page says it on the market's clock (an English page
        // priced in SGD: Singapore, DECISIONS "Deadlines are on the market's clock"), the zone named, not on the
        // terminal's. It once said New York's time, the page's language taken for the market.
        #expect(left.lastText.contains("9:00 AM SGT (UTC+8)"), "\(left.lastText)")
        let reopened = try await AppHarness("sg-card-first-payment").run(Script.keys("Escape", "o"))
        #expect(reopened.state.stage == .checkout)
        #expect(reopened.timelineTitles.contains("sessionResumed"))
    }

    @Test("manual capture: authorised only, c captures, notifyCapture makes it ready to ship, then r refunds (notifyRefund)")
    func manualCapture() async throws {
        let pay = Script.keys("Enter") + Script.text(AppHarness.visa) + Script.keys("Tab") + Script.text("1230")
            + Script.keys("Tab") + Script.text("123") + Script.keys("Tab") + Script.text("GAGA TEST") + Script.keys("Enter")
        let authorised = try await AppHarness("card-manual-capture").run(pay)
        #expect(authorised.state.merchant.shipping == .waitingForCapture)
        #expect(authorised.app.merchantControls == [.recheck, .capture, .cancel])
        let captured = try await AppHarness("card-manual-capture").run(pay + Script.keys("c", "Enter"))
        #expect(captured.state.merchant.ledger?.captured == 8900)
        #expect(captured.state.merchant.shipping == .ready)
        // The result page inquires after the capture rather than trusting its answer.
        #expect(captured.timelineTitles.suffix(3) == ["capture", "notifyCapture", "inquiryPayment"])
        #expect(captured.app.merchantControls == [.refund])
        let refunded = try await AppHarness("card-manual-capture").run(pay + Script.keys("c", "Enter", "r", "Enter"))
        #expect(refunded.state.merchant.ledger?.refunded == 8900)
        #expect(refunded.timelineTitles.suffix(3) == ["refund", "notifyRefund", "inquiryPayment"], "REFUND_RESULT shows on the timeline")
        #expect(refunded.app.merchantControls.isEmpty)
    }

    @Test("createPaymentSession F: no page, the error names the field")
    func invalidGoods() async throws {
        let run = try await AppHarness("invalid-goods-sum").run([])
        guard case .sessionFailed(.rejected(let result)) = run.state.stage else {
            Issue.record("expected a rejected session, got \(run.state.stage)")
            return
        }
        #expect(result.resultCode == "PARAM_ILLEGAL")
        #expect(run.state.page.phase == .unmounted)
        #expect(run.lastText.contains("order.orderAmount.value"))
    }

    @Test("the hosted page offers Apple Pay and shows normalUrl; the embedded one does not")
    func hostedOffersApplePay() async throws {
        let hosted = try await AppHarness("sg-card-first-payment", mode: .hosted).run([])
        #expect(hosted.lastText.contains("APPLEPAY"))
        #expect(hosted.lastText.contains("normalUrl http://127.0.0.1:8480/checkout-page/"))
        let embedded = try await AppHarness("sg-card-first-payment").run([])
        #expect(!(Self.rows(embedded.app.pageView).contains("APPLEPAY")))
    }

    private static func form(_ view: PageView) -> FormView? {
        guard case .methods(let list) = view.screen else { return nil }
        return list.form
    }

    private static func rows(_ view: PageView) -> [String] {
        guard case .methods(let list) = view.screen else { return [] }
        return list.sections.flatMap(\.rows).map(\.paymentMethodType.rawValue)
    }
}
