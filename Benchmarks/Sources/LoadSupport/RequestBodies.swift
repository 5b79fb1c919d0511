import CheckoutDomain
import Foundation

/// JSON bodies for each API: the bundled first-payment scenario's session request and a sandbox card that
/// succeeds without 3DS, each with a paymentRequestId of its own.
public struct RequestBodies: Sendable {
    private let session: CreatePaymentSessionRequest
    private let card: CardNumber
    private let encoder: JSONEncoder
    /// Where a payment's notification goes: the scenario's address unless given.
    private let notifyUrl: String?

    public init(notifyUrl: String? = nil) throws(LoadError) {
        self.notifyUrl = notifyUrl
        let cards: SandboxTestCards
        do { cards = try SandboxTestCards.bundled() } catch { throw .cards(error) }
        do {
            session = try ScenarioLibrary(testCards: cards).load("sg-card-first-payment").createPaymentSession
        } catch {
            throw .scenario(error)
        }
        guard let card = cards.numbers.first(where: { cards.profile(for: $0)?.outcome == .success }) else {
            throw .noSuccessCard
        }
        self.card = card
        encoder = JSONEncoder()
    }

    public func body(_ api: LoadAPI, paymentRequestId id: String) throws(LoadError) -> Data {
        switch api {
        case .inquiryPayment: return try encoded(InquiryPaymentRequest(paymentRequestId: id))
        case .createPaymentSession:
            var request = session
            request.paymentRequestId = id
            request.order?.referenceOrderId = "ORDER-\(id)"
            return try encoded(request)
        case .pay: return try encoded(payRequest(id))
        }
    }

    private func payRequest(_ id: String) -> PayRequest {
        let amount = session.paymentAmount ?? Amount(currency: "SGD", value: "6000")
        return PayRequest(
            productCode: "CASHIER_PAYMENT", paymentRequestId: id,
            order: Order(
                referenceOrderId: "ORDER-\(id)", orderDescription: "load test", orderAmount: amount,
                buyer: Buyer(referenceBuyerId: "load-buyer")),
            paymentAmount: amount,
            paymentMethod: PaymentMethod(
                paymentMethodType: "CARD",
                paymentMethodMetaData: [
                    "cardNo": .string(card.digits), "cvv": .string("123"), "expiryMonth": .string("12"),
                    "expiryYear": .string("30"),
                    "cardholderName": .object(["firstName": .string("Load"), "lastName": .string("Test")]),
                ]),
            paymentRedirectUrl: "https://merchant.example/result",
            paymentNotifyUrl: notifyUrl ?? session.paymentNotifyUrl ?? "http://127.0.0.1:8080/notify",
            paymentFactor: PaymentFactor(isAuthorization: true), env: Env(terminalType: "WEB", clientIp: "203.0.113.7"))
    }

    private func encoded(_ value: some Encodable) throws(LoadError) -> Data {
        do { return try encoder.encode(value) } catch { throw .encoding(String(describing: type(of: value))) }
    }
}
