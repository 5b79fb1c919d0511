import CheckoutDomain
import CheckoutServices
import Foundation
import Testing

/// A mock APO on a manual clock, for the store and webhook tests: the clock, the requests and the mock's setup.
struct APOBench {
    static let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z
    static let clientId = "SANDBOX_TEST"
    static let visaSuccess = "4054695723100768"

    let clock = ManualClock(APOBench.start)

    /// A bundled mock on `store`; `idPrefix` keeps the ids of a restarted mock apart from the first one's.
    func apo(
        store: any APOStore, sink: any NotificationSink, idPrefix: String = "20260101",
        schedule: [TimeInterval] = NotificationSchedule.antom
    ) throws -> MockAPO {
        try MockAPO.bundled(
            clock: clock, ids: SequentialIDGenerator(prefix: idPrefix), store: store, sink: sink,
            config: MockAPOConfig(clientId: Self.clientId, notificationSchedule: schedule))
    }

    static func sessionRequest(id: String = "REQ-1", notifyUrl: String) -> CreatePaymentSessionRequest {
        let amount = Amount(currency: "SGD", value: "6000")
        return CreatePaymentSessionRequest(
            productCode: "CASHIER_PAYMENT", productScene: "CHECKOUT_PAYMENT", paymentRequestId: id,
            order: Order(
                referenceOrderId: "ORDER-\(id)", orderDescription: "order", orderAmount: amount,
                buyer: Buyer(referenceBuyerId: "buyer-88")),
            paymentAmount: amount, paymentRedirectUrl: "https://merchant.example/result", paymentNotifyUrl: notifyUrl)
    }

    /// Card payments `PAY-1` to `PAY-<count>` on `apo`, notifying `urls` in turn, each expected to succeed.
    static func pay(_ count: Int, on apo: MockAPO, urls: [String]) async throws {
        for number in 1...count {
            let request = payRequest(id: "PAY-\(number)", notifyUrl: urls[(number - 1) % urls.count])
            #expect(try await apo.pay(request).result == .success)
        }
    }

    /// A `pay` request: a card (the full number, as a merchant sends it) or another method.
    static func payRequest(
        id: String = "PAY-1", methodType: PaymentMethodType = .card, tokenize: Bool = false, captureMode: String? = nil,
        notifyUrl: String
    ) -> PayRequest {
        var metadata: [String: JSONValue] = [:]
        if methodType == "CARD" {
            metadata = [
                "cardNo": .string(visaSuccess), "cvv": .string("123"), "expiryMonth": .string("12"),
                "expiryYear": .string("30"),
                "cardholderName": .object(["firstName": .string("Lady"), "lastName": .string("Gaga")]),
            ]
            if tokenize { metadata["tokenizeMode"] = .string("ENABLED") }
        }
        let amount = Amount(currency: "SGD", value: "6000")
        return PayRequest(
            productCode: "CASHIER_PAYMENT", paymentRequestId: id,
            order: Order(
                referenceOrderId: "ORDER-\(id)", orderDescription: "order", orderAmount: amount,
                buyer: Buyer(referenceBuyerId: "buyer-88")),
            paymentAmount: amount,
            paymentMethod: PaymentMethod(
                paymentMethodType: methodType, paymentMethodMetaData: metadata.isEmpty ? nil : metadata),
            paymentRedirectUrl: "https://merchant.example/result", paymentNotifyUrl: notifyUrl,
            paymentFactor: PaymentFactor(captureMode: captureMode, isAuthorization: methodType == "CARD" ? true : nil),
            env: Env(terminalType: "WEB", clientIp: "203.0.113.7"))
    }

    /// Moves the clock to `date` when it is later.
    func advance(to date: Date?) {
        if let date, date > clock.now() { clock.set(date) }
    }
}
