import Foundation
import Testing

@testable import CheckoutDomain

/// The fields the seeds print on answers and notifications: acquirerInfo, cardInfo, paymentActionForm,
/// paymentRedirectUrl, ISO issuingCountry (issue 12 item 7; docs/DECISIONS.md "Wire vocabulary").
@Suite("MockAPO: the seeds' answer and notification fields")
struct SeedWireFieldsTests {
    private func notification(_ h: Harness, _ type: NotifyType, paymentId: String?) async throws -> NotifyPaymentRequest {
        let entry = try #require(try await h.outbox().first { $0.notifyType == type && $0.paymentId == paymentId })
        return try WireCoding.decode(NotifyPaymentRequest.self, from: Data(entry.body.utf8))
    }

    @Test("seed 003 card notification: cardInfo beside paymentResultInfo, masked, with an ISO issuingCountry")
    func seed003CardInfo() async throws {
        let h = try Harness()
        let paid = try await h.payByCard(try await h.openSession(), Harness.mastercardSuccess)
        let body = try await notification(h, "PAYMENT_RESULT", paymentId: paid.paymentId)
        let card = try #require(body.cardInfo)
        #expect(card.cardNo == "************4622")
        #expect(card.cardBrand == "MASTERCARD")
        #expect(card.issuingCountry == "GB", "ISO 3166, never GLOBAL")
        #expect(card.paymentMethodRegion == "GLOBAL")
        #expect(card.funding == "CREDIT")
        #expect(card.threeDSResult != nil)
        #expect(body.paymentResultInfo?.issuingCountry == "GB")
        let text = try #require(try await h.outbox().first { $0.paymentId == paid.paymentId }?.body)
        #expect(!text.contains("actualPaymentAmount"), "the SDK's notifyPayment has no actualPaymentAmount")
    }

    @Test("every sandbox test card has an ISO 3166 alpha-2 issuingCountry (seeds 000-003 show CN, GB, JP, HK)")
    func isoCountries() throws {
        let cards = try SandboxTestCards.bundled()
        for number in cards.numbers {
            let card = try #require(cards.profile(for: number))
            let country = card.issuingCountry
            #expect(country.count == 2 && country.allSatisfy { $0.isASCII && $0.isUppercase }, "\(card.label): \(country)")
        }
    }

    @Test("seed 000 APM notification: acquirerInfo names Antom (ALIPAY), the paymentId and the paymentRequestId")
    func seed000AcquirerInfo() async throws {
        let h = try Harness()
        let wallet = try await h.apo.pay(Harness.payRequest(id: "PAYMENT_20250618100222331", methodType: "ALIPAY_CN"))
        let pending = try #require(wallet.paymentId)
        #expect(wallet.acquirerInfo == nil, "nothing acquired yet")
        _ = try await h.apo.completeRedirect(paymentId: pending, action: .approve)
        let body = try await notification(h, "PAYMENT_RESULT", paymentId: pending)
        let acquirer = try #require(body.acquirerInfo)
        #expect(acquirer.acquirerName == "ALIPAY")
        #expect(acquirer.acquirerTransactionId == pending)
        #expect(acquirer.referenceRequestId == "PAYMENT_20250618100222331")
        #expect(acquirer.acquirerResultCode == "SUCCESS")
        #expect(acquirer.acquirerMerchantId?.count == 16)
        let inquiry = try await h.inquire(paymentId: pending)
        #expect(inquiry.acquirerInfo == acquirer, "seed 001/002: the inquiry carries the same acquirerInfo")
    }

    @Test("seeds 002 and 004: a U pay answer carries paymentActionForm, the redirect as a JSON string; no paymentMethodType")
    func paymentActionForm() async throws {
        let h = try Harness()
        let paid = try await h.apo.pay(
            Harness.payRequest(id: "PAY_20240115172044263", currency: "HKD", value: "100", methodType: "ALIPAY_HK"))
        let url = try #require(paid.normalUrl)
        #expect(
            paid.paymentActionForm
                == #"{"method":"GET","paymentActionFormType":"RedirectActionForm","redirectUrl":"\#(url)"}"#)
        #expect(paid.redirectActionForm?.redirectUrl == url)
        guard case .object(let fields) = try WireCoding.decode(JSONValue.self, from: WireCoding.encode(paid)) else {
            Issue.record("the answer is not a JSON object")
            return
        }
        #expect(fields["paymentMethodType"] == nil, "the SDK's pay response has no paymentMethodType")
    }

    @Test("seed 003 inquiry: paymentRedirectUrl is the session's Checkout Page; cardInfo and acquirerInfo when final")
    func seed003InquiryFields() async throws {
        let h = try Harness()
        let created = try await h.apo.createPaymentSession(Harness.sessionRequest())
        let data = try #require(created.paymentSessionData)
        guard case .ready(let page) = try await h.apo.loadSession(sessionData: data) else {
            Issue.record("the session did not load")
            return
        }
        let paid = try await h.payByCard(page)
        let inquiry = try await h.inquire(paymentId: paid.paymentId)
        #expect(inquiry.paymentRedirectUrl == created.normalUrl)
        #expect(inquiry.cardInfo?.cardNo == "************0768")
        #expect(inquiry.cardInfo?.issuingCountry == "US")
        #expect(inquiry.acquirerInfo?.acquirerName == "ALIPAY")
    }

    @Test("seed 000: GOOGLEPAY and PAYPAL are authorised then captured, with CAPTURE_RESULT, like CARD")
    func seed000CaptureMethods() async throws {
        let h = try Harness()
        for method in [PaymentMethodType.googlePay, .payPal] {
            let paid = try await h.apo.pay(Harness.payRequest(id: method.rawValue, methodType: method))
            let paymentId = try #require(paid.paymentId)
            _ = try await h.apo.completeRedirect(paymentId: paymentId, action: .approve)
            let types = try await h.outbox().filter { $0.paymentId == paymentId }.map(\.notifyType)
            #expect(types == ["PAYMENT_RESULT", "CAPTURE_RESULT"], "\(method)")
        }
    }

    @Test("seed 003 FAQ: a session that expires without a submitted payment sends no notification")
    func seed003NoSubmitNoNotification() async throws {
        let h = try Harness()
        _ = try await h.openSession()
        h.advance(minutes: 61)
        _ = await h.apo.settle()
        #expect(try await h.outbox().isEmpty)
    }
}
