import Foundation
import Testing

@testable import CheckoutDomain

/// Explainer's behaviour: combining an event or notification with its result code, API refinements, stand-ins
/// for unknown codes, and per-field locale fallback.
@Suite("Explain mode: Explainer")
struct ExplainerTests {
    let explainer: Explainer
    static let time = Date(timeIntervalSince1970: 1_767_225_600)

    init() throws {
        explainer = try Explainer.bundled()
    }

    private func failEvent(_ code: ResultCode?) -> SDKEvent {
        SDKEvent(
            code: .paymentFail, result: SDKEventResult(paymentResultCode: code, resultCode: code, resultStatus: "F"),
            time: Self.time, paymentRequestId: "PR-1")
    }

    @Test("SDK_PAYMENT_FAIL with DO_NOT_HONOR joins the event with the decline advice")
    func failJoinsDecline() {
        let event = explainer.explain(event: SDKEvent(code: .paymentFail, time: Self.time))
        let code = explainer.explain(resultCode: "DO_NOT_HONOR")
        let joined = explainer.explain(event: failEvent("DO_NOT_HONOR"))

        #expect(joined.subject == .event(.paymentFail, resultCode: "DO_NOT_HONOR"))
        #expect(joined.title == "\(event.title) (DO_NOT_HONOR): \(code.title)")
        #expect(joined.whatHappened == event.whatHappened + " " + code.whatHappened)
        #expect(joined.merchantNextStep == event.merchantNextStep + " " + code.merchantNextStep)
        #expect(joined.tellTheBuyer == code.tellTheBuyer)
        #expect(joined.tellTheBuyer.contains("another card"))
        #expect(joined.sources == event.sources + code.sources)
        #expect(joined.isKnown)
    }

    @Test("SDK_PAYMENT_FAIL without a code is the event's own entry")
    func failWithoutCode() {
        let plain = explainer.explain(event: failEvent(nil))
        #expect(plain.subject == .event(.paymentFail, resultCode: nil))
        #expect(plain.title == "Payment failed")
        #expect(plain == explainer.explain(event: failEvent("  ")))
    }

    @Test("the code falls back from paymentResultCode to resultCode")
    func resultCodeFallback() {
        let event = SDKEvent(code: .paymentFail, result: SDKEventResult(resultCode: "CARD_EXPIRED"), time: Self.time)
        #expect(explainer.explain(event: event).subject == .event(.paymentFail, resultCode: "CARD_EXPIRED"))
    }

    @Test("while a payment may still complete, the buyer keeps hearing 'don't pay again'")
    func processingKeepsEventAdvice() {
        let event = SDKEvent(
            code: .paymentError, result: SDKEventResult(paymentResultCode: "UNKNOWN_EXCEPTION"), time: Self.time)
        let joined = explainer.explain(event: event)
        let plain = explainer.explain(event: SDKEvent(code: .paymentError, time: Self.time))
        #expect(joined.tellTheBuyer == plain.tellTheBuyer)
        #expect(joined.whatHappened.contains(explainer.explain(resultCode: "UNKNOWN_EXCEPTION").whatHappened))
    }

    @Test("SUCCESS and PAYMENT_IN_PROCESS add nothing to an event", arguments: ["SUCCESS", "PAYMENT_IN_PROCESS"])
    func uninformativeCodes(code: ResultCode) {
        let event = SDKEvent(
            code: .paymentProcessing, result: SDKEventResult(paymentResultCode: code), time: Self.time)
        #expect(explainer.explain(event: event).subject == .event(.paymentProcessing, resultCode: nil))
        #expect(explainer.explain(event: event).tellTheBuyer.contains("don't pay again"))
    }

    @Test("an unknown result code gets the honest look-it-up entry, naming the code")
    func unknownCode() {
        let answer = explainer.explain(resultCode: "BRAND_NEW_CODE", api: "pay")
        #expect(!answer.isKnown)
        #expect(answer.title == "Antom returned BRAND_NEW_CODE")
        #expect(answer.merchantNextStep.contains("BRAND_NEW_CODE"))
        #expect(answer.merchantNextStep.contains("inquiryPayment"))
        #expect(!answer.tellTheBuyer.isEmpty)
    }

    @Test("a failure with an unknown code is joined with the stand-in and marked not fully known")
    func failWithUnknownCode() {
        let joined = explainer.explain(event: failEvent("SOMETHING_NEW"))
        #expect(!joined.isKnown)
        #expect(joined.title.contains("SOMETHING_NEW"))
        #expect(joined.tellTheBuyer.contains("don't pay again"))
    }

    @Test("the API that returned a code refines it; other APIs get the general entry")
    func refinedByAPI() {
        let general = explainer.explain(resultCode: "ORDER_NOT_EXIST")
        let inquiry = explainer.explain(resultCode: "ORDER_NOT_EXIST", api: "inquiryPayment")
        let unknownAPI = explainer.explain(resultCode: "ORDER_NOT_EXIST", api: "somethingElse")
        #expect(inquiry.title == "The buyer never submitted a payment")
        #expect(inquiry.title != general.title)
        #expect(inquiry.tellTheBuyer == general.tellTheBuyer, "unrefined fields come from the general entry")
        #expect(unknownAPI.title == general.title)
        #expect(inquiry.subject == .resultCode("ORDER_NOT_EXIST", api: "inquiryPayment"))
    }

    @Test("an F notification is joined with its resultCode; an S one is not")
    func notificationJoins() {
        let failed = explainer.explain(
            notifyType: "PAYMENT_RESULT", resultStatus: .failure, resultCode: "ORDER_IS_CLOSED")
        #expect(
            failed.subject
                == .notification(notifyType: "PAYMENT_RESULT", resultStatus: .failure, resultCode: "ORDER_IS_CLOSED"))
        #expect(failed.tellTheBuyer == explainer.explain(resultCode: "ORDER_IS_CLOSED").tellTheBuyer)
        let succeeded = explainer.explain(notifyType: "CAPTURE_RESULT", resultStatus: .success, resultCode: "SUCCESS")
        #expect(
            succeeded.subject == .notification(notifyType: "CAPTURE_RESULT", resultStatus: .success, resultCode: nil))
        #expect(succeeded.merchantNextStep.contains("ship"))
    }

    @Test("an unknown notifyType or status is named, never a crash")
    func unknownNotification() {
        let answer = explainer.explain(notifyType: "UPDATE_AMOUNT_RESULT", resultStatus: .success)
        #expect(!answer.isKnown)
        #expect(answer.title == "Notification UPDATE_AMOUNT_RESULT (S)")
        #expect(!explainer.explain(notifyType: "PAYMENT_PENDING", resultStatus: .unknown).isKnown)
    }

    @Test("APIs are explained; an unknown one gets the stand-in")
    func apis() {
        #expect(explainer.explain(api: "capture").isKnown)
        let unknown = explainer.explain(api: "notifyDispute")
        #expect(!unknown.isKnown)
        #expect(unknown.title == "Call notifyDispute")
    }

    @Test("a locale falls back to en_US field by field, and its refinements still win")
    func localeFallback() {
        let books = [
            "en_US": ExplainBook(
                resultCodes: [
                    "X": ExplainEntry(
                        title: "Declined", whatHappened: "The bank said no.", tellTheBuyer: "Try another card.",
                        source: "seed", byApi: ["pay": ExplainEntry(whatHappened: "pay said no.")]),
                ]),
            "pt_BR": ExplainBook(resultCodes: ["X": ExplainEntry(title: "Recusado", whatHappened: "O banco recusou.")]),
        ]
        let portuguese = Explainer(books: books, locale: "pt-BR")
        #expect(portuguese.locale == "pt_BR")
        let answer = portuguese.explain(resultCode: "X")
        #expect(answer.title == "Recusado")
        #expect(answer.tellTheBuyer == "Try another card.")
        #expect(answer.sources == ["seed"])
        #expect(answer.locale == "pt_BR")
        #expect(portuguese.explain(resultCode: "X", api: "pay").whatHappened == "pay said no.")
        #expect(portuguese.localized(for: "ko_KR").explain(resultCode: "X").title == "Declined")
    }

    // Issue 14: a Japanese trainee read the feedback's explanation and the explain pane of every case's calls in English.
    @Test("ja_JP and ko_KR explain what training rests on and the calls every timeline shows", arguments: [
        ("ja_JP", "お支払い状況の照会", "お支払い失敗（通知）（ORDER_IS_CLOSED）：お支払いの期限切れ"),
        ("ko_KR", "결제 상태 조회", "결제 실패(알림) (ORDER_IS_CLOSED): 결제 시간 초과"),
    ])
    func japaneseAndKorean(locale: String, inquiry: String, closed: String) {
        let local = explainer.localized(for: locale)
        #expect(local.explain(api: "inquiryPayment").title == inquiry)
        #expect(local.explain(notifyType: "PAYMENT_RESULT", resultStatus: .failure, resultCode: "ORDER_IS_CLOSED").title == closed)
        #expect(!local.explain(resultCode: "DO_NOT_HONOR").whatHappened.contains("bank"))
    }

    @Test("a knowledge base without stand-ins still answers with the code itself")
    func emptyBook() {
        let bare = Explainer(books: ["en_US": ExplainBook()])
        let answer = bare.explain(resultCode: "ANYTHING")
        #expect(answer.title == "ANYTHING")
        #expect(!answer.isKnown)
        #expect(bare.explain(event: failEvent("DO_NOT_HONOR")).title == " (DO_NOT_HONOR): DO_NOT_HONOR")
    }

    @Test("locale resolution: exact, same language, then en_US", arguments: [
        ("zh-CN", "zh_CN"), ("zh_TW", "zh_CN"), ("pl", "pl_PL"),
        ("automatic", "en_US"), ("", "en_US"), ("ja_JP", "en_US"),
    ])
    func resolution(requested: String, expected: String) {
        #expect(Explainer.resolve(requested, among: ["en_US", "zh_CN", "pl_PL"]) == expected)
    }

    @Test("a malformed knowledge file is refused with its name and the failing path")
    func malformed() {
        let data = Data(#"{"events":{"SDK_PAYMENT_FAIL":{"title":3}}}"#.utf8)
        #expect {
            try ExplainBook.decode(data, file: "xx_XX.json")
        } throws: { error in
            guard case .malformed(let file, let reason) = error as? LocaleTableError else { return false }
            return file == "xx_XX.json" && reason.contains("events.SDK_PAYMENT_FAIL.title")
        }
    }
}
