import CheckoutDomain
import Foundation

/// Valid request bodies built from the wire types, as a merchant's server would send them.
enum GatewayBodies {
    static let redirectUrl = "https://merchant.example/result"
    static let notifyUrl = "https://merchant.example/payments/notify"

    /// The first sandbox card that pays without a challenge, or that fails, in the bundled table's order.
    static func card(_ cards: SandboxTestCards, outcome: TestCardOutcome) -> String {
        let number = cards.numbers.first { cards.profile(for: $0)?.outcome == outcome } ?? cards.numbers[0]
        return number.digits
    }

    static func cardPay(
        requestId: String, cards: SandboxTestCards, number: String? = nil, captureMode: String? = nil,
        extra: CardMetaData = CardMetaData()
    ) -> PayRequest {
        var metadata = extra
        metadata.cardNo = number ?? card(cards, outcome: .success)
        metadata.cvv = "123"
        metadata.expiryMonth = "12"
        metadata.expiryYear = "30"
        metadata.cardholderName = UserName(firstName: "Lady", lastName: "Gaga")
        return pay(
            requestId: requestId, currency: "SGD", value: "6000",
            method: PaymentMethod(paymentMethodType: .card, cardMetaData: metadata), captureMode: captureMode)
    }

    static func walletPay(requestId: String, type: PaymentMethodType = "GRABPAY_SG", currency: String = "SGD", value: String = "6000",
        metadata: [String: JSONValue]? = nil
    ) -> PayRequest {
        pay(
            requestId: requestId, currency: currency, value: value,
            method: PaymentMethod(paymentMethodType: type, paymentMethodMetaData: metadata), captureMode: nil)
    }

    static func pay(
        requestId: String, currency: String, value: String, method: PaymentMethod, captureMode: String?
    ) -> PayRequest {
        let amount = Amount(currency: currency, value: value)
        return PayRequest(
            productCode: "CASHIER_PAYMENT", paymentRequestId: requestId,
            order: Order(
                referenceOrderId: "ORDER_\(requestId)", orderDescription: "fuzz order", orderAmount: amount,
                buyer: Buyer(referenceBuyerId: "fuzz-buyer")),
            paymentAmount: amount, paymentMethod: method, paymentRedirectUrl: redirectUrl, paymentNotifyUrl: notifyUrl,
            paymentFactor: PaymentFactor(
                captureMode: captureMode, isAuthorization: method.paymentMethodType == .card ? true : nil),
            env: Env(terminalType: "WEB", clientIp: "203.0.113.7"))
    }

    /// A scenario's session body under another paymentRequestId (or a minimal one when there is no scenario).
    static func session(from scenario: CreatePaymentSessionRequest?, requestId: String) -> CreatePaymentSessionRequest {
        let amount = Amount(currency: "SGD", value: "6000")
        var request =
            scenario
            ?? CreatePaymentSessionRequest(
                productCode: "CASHIER_PAYMENT", productScene: "CHECKOUT_PAYMENT",
                order: Order(referenceOrderId: "ORDER", orderDescription: "fuzz order", orderAmount: amount),
                paymentAmount: amount, paymentRedirectUrl: redirectUrl, paymentNotifyUrl: notifyUrl)
        request.paymentRequestId = requestId
        return request
    }
}
