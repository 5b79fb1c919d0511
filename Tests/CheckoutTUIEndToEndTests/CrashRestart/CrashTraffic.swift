import CheckoutDomain
import Foundation

/// The merchant's requests in the crash test: createPaymentSession and server-to-server card `pay`, each with a
/// paymentRequestId of its own, paid with a sandbox card that succeeds at once (no 3DS), so every pay answer is
/// S with a SUCCESS payment that owes a PAYMENT_RESULT notification.
struct CrashTraffic: Sendable {
    /// Keeps this run's ids apart from anything else in the data directory.
    let run: String
    private let cardDigits: String

    init() throws {
        let cards = try SandboxTestCards.bundled()
        // Taken from the bundled table, so the test's source holds no card number.
        guard let card = cards.numbers.first(where: { cards.profile(for: $0)?.outcome == .success }) else {
            throw E2EError("assets/data/test-cards.json has no card with outcome SUCCESS")
        }
        cardDigits = card.digits
        run = String(UUID().uuidString.prefix(8))
    }

    /// Every pay's paymentRequestId starts with this.
    var payPrefix: String { "CRASH-\(run)-P" }

    func sessionId(_ index: Int) -> String { "CRASH-\(run)-S\(index)" }
    func payId(_ index: Int) -> String { payPrefix + String(index) }

    private static let amount = Amount(currency: "SGD", value: "6000")

    func sessionRequest(_ index: Int, notifyURL: String) -> CreatePaymentSessionRequest {
        let id = sessionId(index)
        return CreatePaymentSessionRequest(
            productCode: "CASHIER_PAYMENT", productScene: "CHECKOUT_PAYMENT", paymentRequestId: id,
            order: Order(
                referenceOrderId: "ORDER-\(id)", orderDescription: "Crash test order", orderAmount: Self.amount,
                buyer: Buyer(referenceBuyerId: "buyer-crash")),
            paymentAmount: Self.amount, paymentRedirectUrl: "https://merchant.example/result",
            paymentNotifyUrl: notifyURL)
    }

    func payRequest(_ index: Int, notifyURL: String) -> PayRequest {
        let id = payId(index)
        return PayRequest(
            productCode: "CASHIER_PAYMENT", paymentRequestId: id,
            order: Order(
                referenceOrderId: "ORDER-\(id)", orderDescription: "Crash test order", orderAmount: Self.amount,
                buyer: Buyer(referenceBuyerId: "buyer-crash")),
            paymentAmount: Self.amount,
            paymentMethod: PaymentMethod(
                paymentMethodType: "CARD",
                paymentMethodMetaData: [
                    "cardNo": .string(cardDigits), "cvv": .string("123"), "expiryMonth": .string("12"),
                    "expiryYear": .string("30"), "cardholderName": .object(["fullName": .string("Crash Test")]),
                ]),
            paymentRedirectUrl: "https://merchant.example/result", paymentNotifyUrl: notifyURL,
            paymentFactor: PaymentFactor(isAuthorization: true), env: Env(terminalType: "WEB", clientIp: "203.0.113.7"))
    }
}

/// One request the load sent, and its answer if one came back before the crash.
struct CrashExchange: Sendable {
    enum Request: Sendable {
        case session(CreatePaymentSessionRequest)
        case pay(PayRequest)
    }

    /// What the merchant received: the body, re-encoded from the decoded answer (see `CrashRestartTests`).
    struct Answer: Sendable {
        let body: String
        let result: APOResult
        let paymentId: String?
    }

    let paymentRequestId: String
    let request: Request
    /// Nil: no answer arrived (in flight at the kill, or sent after it).
    let answer: Answer?
    /// Why no answer arrived.
    let failure: String?

    var api: String {
        switch request {
        case .session: "createPaymentSession"
        case .pay: "pay"
        }
    }

    var isPay: Bool {
        if case .pay = request { return true }
        return false
    }
}

extension CrashExchange {
    /// Sends `request` once and keeps what came back.
    static func send(_ request: Request, via client: any APOClient) async -> CrashExchange {
        func answered(_ body: some Encodable, _ result: APOResult, _ paymentId: String?) -> CrashExchange {
            CrashExchange(
                paymentRequestId: request.paymentRequestId, request: request,
                answer: Answer(body: WireCoding.encodeString(body), result: result, paymentId: paymentId), failure: nil)
        }
        do {
            switch request {
            case .session(let session):
                let response = try await client.createPaymentSession(session)
                return answered(response, response.result, nil)
            case .pay(let pay):
                let response = try await client.pay(pay)
                return answered(response, response.result, response.paymentId)
            }
        } catch {
            return CrashExchange(
                paymentRequestId: request.paymentRequestId, request: request, answer: nil,
                failure: String(describing: error))
        }
    }
}

extension CrashExchange.Request {
    var paymentRequestId: String {
        switch self {
        case .session(let session): session.paymentRequestId ?? ""
        case .pay(let pay): pay.paymentRequestId ?? ""
        }
    }
}
