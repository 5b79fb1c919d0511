import Foundation
import Testing

@testable import CheckoutDomain

@Suite("MockAPO: saved cards")
struct TokenizationTests {
    private let consent = PaymentMethodMetaData(tokenizeMode: "ASKFORCONSENT")

    // Seed 000: "Retrieve the value of cardToken from the paymentResultInfo field in the notifyPayment API".
    @Test("ASKFORCONSENT + saveCard + success → a cardToken in the answer, the notification, the inquiry and the vault")
    func mintsToken() async throws {
        let h = try Harness()
        let page = try await h.openSession(Harness.sessionRequest(metadata: consent))
        let paid = try await h.payByCard(page, saveCard: true)
        let token = try #require(paid.paymentResultInfo?.cardToken)
        #expect(token.hasPrefix("ALIPAY"))
        let inquiry = try await h.inquire(paymentId: paid.paymentId)
        #expect(inquiry.paymentResultInfo?.cardToken == token)
        let body = try #require(try await h.outbox().first?.body)
        let notify = try WireCoding.decode(NotifyPaymentRequest.self, from: Data(body.utf8))
        #expect(notify.paymentResultInfo?.cardToken == token)
        #expect(notify.paymentResultInfo?.cardNo == "************0768")
        let vaulted = try #require(await h.apo.vaultToken(token))
        #expect(vaulted.card.maskedCardNo == "************0768")
        #expect(vaulted.card.profileKey == "VISA-US-0768")
        #expect(vaulted.card.expiryMonth == "12" && vaulted.card.expiryYear == "30")
        #expect(vaulted.card.holderName == "Lady Gaga")
    }

    @Test("no token without consent: saveCard without ASKFORCONSENT, or ASKFORCONSENT without saveCard, or a decline")
    func noConsentNoToken() async throws {
        let h = try Harness()
        let plain = try await h.openSession(Harness.sessionRequest(id: "A"))
        let unticked = try await h.payByCard(plain, saveCard: true)
        #expect(unticked.result == .success)
        #expect(unticked.paymentResultInfo?.cardToken == nil)
        #expect(await h.apo.activity(after: 0).contains { $0.kind == .skipped && $0.message.contains("ASKFORCONSENT") })

        let asked = try await h.openSession(Harness.sessionRequest(id: "B", metadata: consent))
        let declinedToSave = try await h.payByCard(asked, saveCard: false)
        #expect(declinedToSave.paymentResultInfo?.cardToken == nil)

        let failing = try await h.openSession(Harness.sessionRequest(id: "C", metadata: consent))
        let declined = try await h.payByCard(failing, Harness.visaDeclined, saveCard: true)
        #expect(declined.paymentResultInfo?.cardToken == nil)
        #expect(h.store.allRecords().filter { $0.kind == .vaultToken }.isEmpty)
    }

    // Seed 000: savedPaymentMethods with paymentMethodType CARD and the token as paymentMethodId.
    @Test("the token pays again from a second session's savedPaymentMethods and behaves like its card")
    func payAgainWithToken() async throws {
        let h = try Harness()
        let first = try await h.openSession(Harness.sessionRequest(id: "A", metadata: consent))
        let token = try #require(try await h.payByCard(first, saveCard: true).paymentResultInfo?.cardToken)

        let second = try await h.openSession(Harness.sessionRequest(id: "B", saved: [token, "ALIPAY_UNKNOWN_TOKEN"]))
        #expect(
            second.savedCards == [
                SavedCard(
                    cardToken: token, brand: "VISA", maskedCardNo: "************0768", lastFour: "0768",
                    expiryMonth: "12",
                    expiryYear: "30", cardholderName: "Lady Gaga")
            ])
        #expect(
            await h.apo.activity(after: 0).contains {
                $0.kind == .skipped && $0.message.contains("unknown card token ALIPAY_UNKNOWN_TOKEN")
            })
        let paid = try await h.apo.submitPayment(
            PaymentSubmission(
                paymentSessionId: second.paymentSessionId, paymentMethodType: "CARD",
                savedCard: SavedCardChoice(cardToken: token, cvv: "123")))
        #expect(paid.result == .success)
        #expect(paid.paymentResultInfo?.cardNo == "************0768")
        #expect(paid.paymentResultInfo?.cardToken == nil, "only the first payment carries the minted token")
        let payment = try #require(await h.apo.payment(paymentId: paid.paymentId ?? ""))
        #expect(payment.paidWithToken == token)

        let viaPay = try await h.apo.pay(Harness.payRequest(id: "C", token: token))
        #expect(viaPay.result == .success)
        let risky = try await h.apo.pay(Harness.payRequest(id: "D", value: "11", token: token))
        #expect(risky.code == "RISK_REJECT")
    }

    @Test("a saved declining card still declines")
    func savedDeclinedCard() async throws {
        let h = try Harness()
        await h.apo.force([.success])
        let first = try await h.openSession(Harness.sessionRequest(id: "A", metadata: consent))
        let token = try #require(
            try await h.payByCard(first, Harness.visaDeclined, saveCard: true).paymentResultInfo?.cardToken)
        let paid = try await h.apo.pay(Harness.payRequest(id: "B", token: token))
        #expect(paid.code == "DO_NOT_HONOR")
    }

    @Test("unknown tokens, and tokens the session did not offer, → INVALID_TOKEN")
    func invalidToken() async throws {
        let h = try Harness()
        let first = try await h.openSession(Harness.sessionRequest(id: "A", metadata: consent))
        let token = try #require(try await h.payByCard(first, saveCard: true).paymentResultInfo?.cardToken)
        let other = try await h.openSession(Harness.sessionRequest(id: "B"))
        let notOffered = try await h.apo.submitPayment(
            PaymentSubmission(
                paymentSessionId: other.paymentSessionId, paymentMethodType: "CARD",
                savedCard: SavedCardChoice(cardToken: token, cvv: "123")))
        #expect(notOffered.code == "INVALID_TOKEN")
        let third = try await h.openSession(Harness.sessionRequest(id: "C", saved: ["NOPE"]))
        let unknown = try await h.apo.submitPayment(
            PaymentSubmission(
                paymentSessionId: third.paymentSessionId, paymentMethodType: "CARD",
                savedCard: SavedCardChoice(cardToken: "NOPE", cvv: "123")))
        #expect(unknown.code == "INVALID_TOKEN")
        #expect(unknown.paymentId == nil)
    }

    @Test("the pay API's tokenizeMode ENABLED mints a token")
    func payTokenize() async throws {
        let h = try Harness()
        let paid = try await h.apo.pay(Harness.payRequest(tokenize: true))
        #expect(paid.paymentResultInfo?.cardToken != nil)
        let plain = try await h.apo.pay(Harness.payRequest(id: "P-2"))
        #expect(plain.paymentResultInfo?.cardToken == nil)
    }
}
