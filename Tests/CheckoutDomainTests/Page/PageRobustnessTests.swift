import Foundation
import Testing

@testable import CheckoutDomain

/// Tests of the page model: robustness: any action in any state, and no card number anywhere it could leak.
@Suite("Robustness: any action in any state, and no card number anywhere it could leak")
struct PageRobustnessTests {
    static let pan = "4054695723100768"

    /// One sample of every action.
    static let everyAction: [PageAction] = [
        .mount(sessionData: "SESSION-DATA-1&&SG&&188"), .unmount, .methodSelected("CARD"), .methodSelected("NOPE"),
        .savedCardSelected(cardToken: "ALIPAY-TOKEN-0768"), .fieldFocused(.cvv), .nextFieldFocused, .previousFieldFocused,
        .fieldEdited(.email, "x@y.zz"), .cardNumberTyped(pan), .saveCardToggled, .payPressed, .redirectConfirmed,
        .challengePassed, .challengeFailed, .challengeAbandoned, .redirectApproved, .redirectDeclined, .redirectAbandoned,
        .retryPressed, .backPressed, .leavePressed, .backToMerchantPressed,
        .sessionLoaded(.ready(PageFixture.session(PageFixture.request(), savedCards: [PageFixture.savedVisa]))),
        .sessionLoaded(.rejected(.failure("PARAM_ILLEGAL", "unknown"))), .paymentAnswered(PageFixture.success),
        .paymentAnswered(PageFixture.failed()), .paymentAnswered(PageFixture.inProcess()), .paymentAnswered(PageFixture.inProcess(url: nil)),
        .paymentAnswered(PageFixture.code("C", expiresAt: PageHarness.start.addingTimeInterval(5))),
        .callFailed(.timeout(api: "x", seconds: 1)), .timerFired(.sessionExpiry), .timerFired(.codeCountdown),
    ]

    /// Scripts that reach each phase of the page.
    static let scripts: [[PageAction]] = {
        let load = PageAction.sessionLoaded(.ready(PageFixture.session(
            PageFixture.request(methods: PageFixture.methods("CARD", "GRABPAY_SG", "PAYNOW")), savedCards: [PageFixture.savedVisa])))
        let mount = PageAction.mount(sessionData: "SESSION-DATA-1&&SG&&188")
        let card: [PageAction] = [
            mount, load, .methodSelected("CARD"), .cardNumberTyped(pan), .fieldEdited(.expiry, "1228"),
            .fieldEdited(.cvv, "123"), .fieldEdited(.holderName, "Ana Lima"),
        ]
        let wallet: [PageAction] = [mount, load, .methodSelected("GRABPAY_SG"), .payPressed]
        let qr: [PageAction] = [mount, load, .methodSelected("PAYNOW"), .payPressed]
        return [
            [], [mount], [mount, load], card, card + [.payPressed], card + [.payPressed, .paymentAnswered(PageFixture.inProcess())],
            card + [.payPressed, .paymentAnswered(PageFixture.inProcess()), .challengePassed],
            card + [.payPressed, .paymentAnswered(PageFixture.success)], card + [.payPressed, .paymentAnswered(PageFixture.failed())],
            card + [.payPressed, .paymentAnswered(PageFixture.inProcess(paymentId: nil))],
            wallet, wallet + [.redirectConfirmed, .paymentAnswered(PageFixture.inProcess())],
            qr + [.paymentAnswered(PageFixture.code("C", expiresAt: PageHarness.start.addingTimeInterval(30)))],
            [mount, .sessionLoaded(.rejected(.failure("PARAM_ILLEGAL", "unknown")))], card + [.leavePressed],
        ]
    }()

    @Test("every action in every reached state is handled or ignored, and no effect or event carries the card number")
    func everyActionEveryState() throws {
        let page = try CheckoutPage.bundled()
        let encoder = JSONEncoder()
        for script in Self.scripts {
            var base = PageState()
            var time = PageHarness.start
            for action in script { _ = page.reduce(&base, action, now: time) }
            for action in Self.everyAction {
                var state = base
                time = time.addingTimeInterval(1)
                let effects = page.reduce(&state, action, now: time)
                _ = page.view(state)
                for event in effects.events {
                    let json = String(decoding: try encoder.encode(event), as: UTF8.self)
                    #expect(!json.contains(Self.pan), "event \(event.code) leaked the card number")
                }
                for note in effects.notes {
                    #expect(!String(decoding: try encoder.encode(note), as: UTF8.self).contains(Self.pan))
                }
                for effect in effects {
                    #expect(!String(describing: effect).contains(Self.pan), "effect printed the card number")
                }
            }
        }
    }

    @Test("printing or dumping the state never shows the card number or CVV; only the focused field's view has digits")
    func stateDoesNotLeak() throws {
        var page = try PageHarness()
        page.open(PageFixture.session())
        page.send(.methodSelected("CARD"))
        page.typeCard(cvv: "987")
        var dumped = ""
        dump(page.state, to: &dumped)
        let described = String(describing: page.state)
        for text in [dumped, described] {
            #expect(!text.contains(Self.pan))
            #expect(!text.contains("987"))
        }
        #expect(page.field(.cardNumber)?.value == "•••• 0768")
        page.send(.fieldFocused(.cardNumber))
        #expect(page.field(.cardNumber)?.value == "4054 6957 2310 0768")
        #expect(page.field(.cvv)?.value == "•••")
    }

    @Test("actions and effects print redacted: a masked card number, bullets for the CVV")
    func actionsAndEffectsRedacted() throws {
        var page = try PageHarness()
        page.open(PageFixture.session())
        page.send(.methodSelected("CARD"))
        page.typeCard(cvv: "987")
        let effects = page.send(.payPressed)
        let texts = [
            String(describing: PageAction.cardNumberTyped(Self.pan)), String(reflecting: PageAction.fieldEdited(.cvv, "987")),
            String(describing: effects), String(reflecting: effects),
        ]
        var dumped = ""
        dump(effects, to: &dumped)
        for text in texts + [dumped] {
            #expect(!text.contains(Self.pan))
            #expect(!text.contains("987"))
        }
        #expect(effects.map(String.init(describing:)) == ["submitPayment(CARD, card: ************0768 12/28)"])
        #expect(String(describing: PageAction.cardNumberTyped(Self.pan)) == "cardNumberTyped(************0768)")
    }

    @Test("SDK events round-trip through JSON with code, message, result, time and paymentRequestId")
    func eventCodable() throws {
        let event = SDKEvent(
            code: .paymentFail, message: "Payment failed: DO_NOT_HONOR.",
            result: SDKEventResult(
                paymentResultCode: "DO_NOT_HONOR", paymentResultMessage: "Do not honor.", resultCode: "DO_NOT_HONOR",
                resultStatus: "F", cardPaymentResultInfo: CardPaymentResultInfo(cardNo: Self.pan, cardBrand: "VISA")),
            time: PageHarness.start, paymentRequestId: "PAY-1")
        let data = try JSONEncoder().encode(event)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains("\"SDK_PAYMENT_FAIL\""))
        #expect(json.contains("************0768"))
        #expect(!json.contains(Self.pan))
        #expect(try JSONDecoder().decode(SDKEvent.self, from: data) == event)
    }

    // Seed 003 event table: SDK_PAYMENT_SUCCESSFUL, SDK_PAYMENT_FAIL, SDK_PAYMENT_CLICK_BACK_TO_MERCHANT,
    // SDK_PAYMENT_CANCEL.
    @Test("the event code enum covers every web SDK code in the reference, plus back-to-merchant")
    func everyCode() {
        let expected: Set<String> = [
            "SDK_START_OF_LOADING", "SDK_END_OF_LOADING", "SDK_PAYMENT_CANCEL", "SDK_CALL_URL_ERROR", "SDK_CALL_URL_SUCCESS",
            "SDK_DUPLICATE_SUBMISSION_BEHAVIOR", "SDK_FORM_VERIFICATION_FAILED", "SDK_PAYMENT_AUTHORIZATION_SUCCESSFUL",
            "SDK_PAYMENT_CHALLENGE", "SDK_INTERNAL_ERROR", "SDK_CREATEPAYMENT_PARAMETER_ERROR", "SDK_INIT_PARAMETER_ERROR",
            "SDK_CREATECOMPONENT_ERROR", "SDK_SUBMIT_NETWORK_ERROR", "SDK_INTEGRATION_ERROR", "SDK_PAYMENT_SUCCESSFUL",
            "SDK_PAYMENT_FAIL", "SDK_PAYMENT_PROCESSING", "SDK_PAYMENT_ERROR", "SDK_PAYMENT_RETRY",
            "SDK_PAYMENT_CLICK_BACK_TO_MERCHANT",
        ]
        #expect(Set(SDKEventCode.allCases.map(\.rawValue)) == expected)
        #expect(SDKEventCode.paymentFail.category == .paymentResult)
        #expect(SDKEventCode.submitNetworkError.category == .error)
    }
}
