import Foundation
import Testing

@testable import CheckoutDomain

/// Help texts say what the code and the catalog do (issue 12: the cancel text said the opposite of the code, and
/// PAYMENT_RESULT named only CARD as waiting for capture).
@Suite("Explain mode: texts agree with the code and the catalog")
struct ExplainAgreesWithCodeTests {
    let explainer: Explainer
    let catalog: PaymentMethodCatalog

    init() throws {
        explainer = try Explainer.bundled()
        catalog = try PaymentMethodCatalog.bundled()
    }

    @Test(
        "PAYMENT_RESULT S names exactly the methods the catalog authorises then captures (seed 000: CARD/GOOGLEPAY/PAYPAL; seed 003: CARD)",
        arguments: ["en_US", "es_MX", "pl_PL", "pt_BR", "zh_CN"])
    func paymentResultCaptureMethods(locale: String) throws {
        let text = explainer.localized(for: locale).explain(notifyType: "PAYMENT_RESULT", resultStatus: .success)
            .merchantNextStep
        for method in catalog.methods {
            #expect(
                text.contains(method.paymentMethodType.rawValue) == method.authorizationCapture,
                "\(locale): \(method.paymentMethodType) authorizationCapture \(method.authorizationCapture): \(text)")
        }
    }

    @Test("cancel: the text states every cancel window the catalog uses and the refund a paid cancel implies")
    func cancelWindows() throws {
        let cancel = explainer.explain(api: "cancel")
        let text = cancel.whatHappened + " " + cancel.merchantNextStep
        #expect(text.contains("refunds the buyer in full"), "\(text)")
        for method in catalog.methods {
            switch method.cancelWindow {
            case .notAllowed: #expect(text.contains("\(method.paymentMethodType) never"), "\(method.paymentMethodType)")
            case .daysAfterPayment(let days): #expect(text.contains("\(days) days after payment"))
            case .nextDay: #expect(text.contains("00:15 (UTC+8) the next day"))
            case .untilPaid: #expect(text.contains("until it is paid"))
            }
        }
        let window = explainer.explain(resultCode: ResultCode.cancelWindowExceed, api: "cancel").whatHappened
        #expect(window.contains("7 days after payment") && window.contains("00:15 UTC+8"), "\(window)")
    }

    @Test("SDK_PAYMENT_CANCEL does not claim no payment exists: a failed attempt is still notified (seed 003 FAQ)")
    func leavingAfterFailure() throws {
        for locale in explainer.locales {
            let event = explainer.localized(for: locale).explain(
                event: SDKEvent(code: .paymentCancel, time: Date(timeIntervalSince1970: 0)))
            // zh_CN writes the parentheses full-width.
            let named = event.whatHappened.contains("PAYMENT_RESULT (F)") || event.whatHappened.contains("PAYMENT_RESULT（F）")
            #expect(named, "\(locale): \(event.whatHappened)")
        }
    }
}
