import CheckoutDomain
import Foundation
import Testing

@testable import CheckoutServices

/// The page over a real gateway: the pay API and inquiry polling, exercised against MockAPO's APOClient side.
@Suite("Checkout Page over a real gateway")
struct GatewayCheckoutPageServiceTests {
    let clock = ManualClock()
    let apo: MockAPO

    init() throws {
        apo = try MockAPO.bundled(
            clock: clock, ids: SequentialIDGenerator(), store: InMemoryAPOStore(), sink: MerchantWebhookReceiver())
    }

    private func request(methods: [PaymentMethodType], requestId: String = "PAY_GW_0001") -> CreatePaymentSessionRequest {
        CreatePaymentSessionRequest(
            productCode: "CASHIER_PAYMENT", productScene: "CHECKOUT_PAYMENT", paymentRequestId: requestId,
            order: Order(
                referenceOrderId: "ORDER_GW", orderDescription: "gateway order",
                orderAmount: Amount(currency: "SGD", value: "6000"), buyer: Buyer(referenceBuyerId: "buyer-1")),
            paymentAmount: Amount(currency: "SGD", value: "6000"),
            availablePaymentMethod: AvailablePaymentMethod(
                paymentMethodTypeList: methods.map { PaymentMethodTypeItem(paymentMethodType: $0) }),
            paymentRedirectUrl: "http://localhost:8080/result", paymentNotifyUrl: "http://localhost:8080/notify",
            env: Env(terminalType: "WAP"))
    }

    private func service(_ request: CreatePaymentSessionRequest, limit: Duration = .seconds(5)) -> GatewayCheckoutPageService {
        GatewayCheckoutPageService(
            apo: apo, request: request, clock: clock, pollInterval: .milliseconds(5), pollLimit: limit)
    }

    @Test("the page is drawn from the merchant's own request; saved tokens show only their tail")
    func loadsFromTheRequest() async throws {
        var body = request(methods: ["CARD"])
        body.savedPaymentMethods = [PaymentMethod(paymentMethodType: "CARD", paymentMethodId: "ALIPAYTOKEN1234")]
        let load = try await service(body).loadSession(sessionData: "opaque&&SG&&188&&e30=")
        guard case .ready(let session) = load else { Issue.record("expected ready, got \(load)"); return }
        #expect(session.request == body)
        #expect(session.savedCards.map(\.maskedCardNo) == ["token …1234"])
        #expect(session.expiresAt == clock.now().addingTimeInterval(3600))
        #expect(try await service(body).loadSession(sessionData: "  ") == .rejected(.failure("PARAM_ILLEGAL", "paymentSessionData is empty")))
    }

    @Test("a card payment goes through the pay API with its own paymentRequestId and the card in the metadata")
    func cardThroughPay() async throws {
        var session = request(methods: ["CARD"])
        session.availablePaymentMethod?.paymentMethodMetaData = PaymentMethodMetaData(tokenizeMode: "askforconsent")
        let gateway = service(session)
        let card = CardDetails(
            number: CardNumber("4054695723100768"), expiry: CardExpiry(month: 12, year: 2030), cvv: "123",
            holderName: "GAGA TEST")
        let submission = PaymentSubmission(
            paymentSessionId: "s", paymentMethodType: "CARD", card: card, saveCard: true)
        let body = gateway.payRequest(for: submission, attempt: 1)
        #expect(body.paymentRequestId == "PAY_GW_0001_PAY1")
        #expect(body.productCode == "CASHIER_PAYMENT")
        #expect(body.paymentMethod?.paymentMethodMetaData?["expiryMonth"] == .string("12"))
        #expect(body.paymentMethod?.paymentMethodMetaData?["expiryYear"] == .string("30"))
        // The buyer ticked "save this card" on the session's ASKFORCONSENT form (any letter case, seed 002).
        #expect(body.paymentMethod?.paymentMethodMetaData?["tokenizeMode"] == .string("ENABLED"))
        #expect(body.paymentFactor?.isAuthorization == true)
        #expect(body.env?.terminalType == "WAP")
        #expect(body.env?.clientIp == "127.0.0.1")
        let answer = try await gateway.submitPayment(submission)
        #expect(answer.result == .success)
        #expect(answer.paymentResultInfo?.cardNo == "************0768")
        #expect(await apo.payment(paymentRequestId: "PAY_GW_0001_PAY1")?.status.rawValue == "SUCCESS")
        let second = try await gateway.submitPayment(submission)
        #expect(second.paymentRequestId == "PAY_GW_0001_PAY2")
    }

    // Seeds 001/004: poll inquiryPayment "at an interval of 2 seconds".
    @Test("a wallet payment is learnt by inquiring until the buyer approves in the browser")
    func pollsUntilApproved() async throws {
        let gateway = service(request(methods: ["GRABPAY_SG"]))
        let answer = try await gateway.submitPayment(PaymentSubmission(paymentSessionId: "s", paymentMethodType: "GRABPAY_SG"))
        #expect(answer.result.resultStatus == .unknown)
        #expect(answer.normalUrl != nil)
        let paymentId = try #require(answer.paymentId)
        let waiting = Task { try await gateway.completeRedirect(paymentId: paymentId, action: .approve) }
        _ = try await apo.completeRedirect(paymentId: paymentId, action: .approve)
        let outcome = try await waiting.value
        #expect(outcome.result == .success)
        #expect(outcome.paymentId == paymentId)
    }

    @Test("an abandoned wallet page is one inquiry, still processing; a silent buyer stops the polling at the limit")
    func abandonAndLimit() async throws {
        let gateway = service(request(methods: ["GRABPAY_SG"]), limit: .milliseconds(30))
        let answer = try await gateway.submitPayment(PaymentSubmission(paymentSessionId: "s", paymentMethodType: "GRABPAY_SG"))
        let paymentId = try #require(answer.paymentId)
        #expect(try await gateway.completeRedirect(paymentId: paymentId, action: .abandon).result == .paymentInProcess)
        #expect(try await gateway.completeChallenge(paymentId: paymentId, outcome: .pass).result == .paymentInProcess)
    }

    @Test("a declined wallet payment comes back as F with its paymentResultCode")
    func declined() async throws {
        let gateway = service(request(methods: ["GRABPAY_SG"]))
        let answer = try await gateway.submitPayment(PaymentSubmission(paymentSessionId: "s", paymentMethodType: "GRABPAY_SG"))
        let paymentId = try #require(answer.paymentId)
        _ = try await apo.completeRedirect(paymentId: paymentId, action: .decline)
        let outcome = try await gateway.completeRedirect(paymentId: paymentId, action: .decline)
        #expect(outcome.result.resultStatus == .failure)
        #expect(outcome.result.resultCode == "USER_BALANCE_NOT_ENOUGH")
    }
}
