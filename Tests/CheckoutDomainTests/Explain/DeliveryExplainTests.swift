import Foundation
import Testing

@testable import CheckoutDomain

/// Issue 11 item 5: explain mode says, for each kind of failed delivery, what the merchant must fix.
@Suite("Explain mode: notifications the merchant did not ack")
struct DeliveryExplainTests {
    let explainer: Explainer

    init() throws {
        explainer = try Explainer.bundled()
    }

    @Test("every kind of failed delivery has a complete entry", arguments: DeliveryFailure.allCases)
    func everyKind(failure: DeliveryFailure) throws {
        let entry = try #require(explainer.books["en_US"]?.deliveries[failure.rawValue])
        #expect(entry.title?.isEmpty == false)
        #expect(entry.whatHappened?.contains("{reason}") == true, "the entry quotes why the answer was refused")
        #expect(entry.merchantNextStep?.isEmpty == false)
        #expect(entry.source?.isEmpty == false)
    }

    @Test("every kind of failed delivery is explained in every locale, quoting why the answer was refused",
          arguments: DeliveryFailure.allCases)
    func everyLocale(failure: DeliveryFailure) throws {
        let english = try #require(explainer.books["en_US"]?.deliveries[failure.rawValue])
        #expect(explainer.locales.count >= 7)
        for locale in explainer.locales where locale != "en_US" {
            let entry = try #require(explainer.books[locale]?.deliveries[failure.rawValue], "\(locale) lacks \(failure)")
            for (field, text, original) in [
                ("title", entry.title, english.title), ("whatHappened", entry.whatHappened, english.whatHappened),
                ("merchantNextStep", entry.merchantNextStep, english.merchantNextStep),
            ] {
                #expect(text?.isEmpty == false, "\(locale) \(failure) has no \(field)")
                #expect(text != original, "\(locale) \(failure).\(field) is still English")
            }
            let localized = explainer.localized(for: locale).explain(
                notifyType: "PAYMENT_RESULT", resultStatus: .success,
                delivery: AckVerdict(acked: false, failure: failure, reason: "HTTP 500 \"try later\""))
            #expect(localized.whatHappened.contains("HTTP 500 \"try later\""), "\(locale) \(failure) does not quote the reason")
            #expect(localized.title.hasPrefix(entry.title ?? "-"))
        }
    }

    @Test("a refused answer leads the notification's explanation with why and what to fix")
    func notAcked() {
        let verdict = DeliveryOutcome.response(
            status: 200, text: #"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"ok"}}"#
        ).verdict
        let explained = explainer.explain(notifyType: "PAYMENT_RESULT", resultStatus: .success, delivery: verdict)
        #expect(explained.title.hasPrefix("Not acked: the answer is not the ack — "))
        #expect(explained.whatHappened.contains(#"result.resultMessage is "ok"; the ack needs "success""#))
        #expect(explained.merchantNextStep.hasPrefix("Return exactly {\"result\""))
        let acked = explainer.explain(
            notifyType: "PAYMENT_RESULT", resultStatus: .success, delivery: DeliveryOutcome.acknowledged.verdict)
        #expect(acked == explainer.explain(notifyType: "PAYMENT_RESULT", resultStatus: .success))
    }

    @Test("a timeout and a refused signature tell different fixes")
    func differentFixes() {
        let timeout = explainer.explain(
            notifyType: "PAYMENT_RESULT", resultStatus: .success,
            delivery: DeliveryOutcome.noAnswer(.timedOut(seconds: 10)).verdict)
        let signature = explainer.explain(
            notifyType: "PAYMENT_RESULT", resultStatus: .success,
            delivery: DeliveryOutcome.response(status: 401, text: "").verdict)
        #expect(timeout.merchantNextStep.hasPrefix("Answer at once"))
        #expect(signature.merchantNextStep.hasPrefix("Verify with Antom's public key"))
    }
}
