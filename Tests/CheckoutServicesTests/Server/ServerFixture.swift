import CheckoutDomain
import CheckoutServices
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// A mock APO behind `SimulatorResponder`, keyed with the signature vectors' merchant and APO key pairs, on a
/// manual clock with sequential ids, ready for `app.test(.router)`.
struct ServerFixture {
    static let clientId = "SANDBOX_5Y0566SG25J004124"
    static let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z
    static let visaSuccess = "4054695723100768"

    let vectors: SignatureVectors
    let merchantKey: SigningKey
    let apoKey: SigningKey
    let clock: ManualClock
    let sink: CapturingNotificationSink
    let apo: MockAPO
    let logs: LogCapture

    init() throws {
        vectors = try SignatureVectors.load()
        merchantKey = try SigningKey(pemOrBase64: vectors.merchantPrivateKeyPkcs8Pem)
        apoKey = try SigningKey(pemOrBase64: vectors.apoPrivateKeyPkcs8Pem)
        clock = ManualClock(Self.start)
        logs = LogCapture()
        sink = CapturingNotificationSink(key: apoKey, logger: logs.logger)
        apo = try MockAPO.bundled(
            clock: clock, ids: SequentialIDGenerator(), store: InMemoryAPOStore(), sink: sink,
            config: MockAPOConfig(baseURL: "http://127.0.0.1:8480", clientId: Self.clientId))
    }

    var keys: GatewayKeys {
        GatewayKeys(clientId: Self.clientId, merchantPublicKey: merchantKey.verifyingKey, apoPrivateKey: apoKey)
    }

    var apoPublicKey: VerifyingKey { apoKey.verifyingKey }

    func application() throws -> Application<SimulatorResponder> {
        Application(
            responder: SimulatorResponder(
                apo: apo, keys: keys, notifications: sink, money: MoneyFormatter(currencies: try .bundled()),
                logger: logs.logger))
    }

    /// Headers a merchant SDK sends for `body` to `path`, signed with the merchant key (or `key`).
    func signedHeaders(
        path: String, body: Data, clientId: String = ServerFixture.clientId, key: SigningKey? = nil,
        time: RequestTime = .now()
    ) throws -> HTTPFields {
        let headers = try SignedRequest.signRequest(
            method: "POST", path: path, clientId: clientId, requestTime: time, body: body, key: key ?? merchantKey)
        var fields = HTTPFields()
        for header in headers {
            fields[HTTPField.Name(header.name)!] = header.value
        }
        return fields
    }

    // MARK: Requests

    static func sessionRequest(
        id: String, captureMode: String? = nil, threeDS: Bool = false, methods: [PaymentMethodType]? = nil
    ) -> CreatePaymentSessionRequest {
        let amount = Amount(currency: "SGD", value: "6000")
        return CreatePaymentSessionRequest(
            productCode: "CASHIER_PAYMENT", productScene: "CHECKOUT_PAYMENT", paymentRequestId: id,
            order: Order(
                referenceOrderId: "ORDER-\(id)", orderDescription: "Desk lamp", orderAmount: amount,
                buyer: Buyer(referenceBuyerId: "buyer-88")),
            paymentAmount: amount,
            availablePaymentMethod: (threeDS || methods != nil)
                ? AvailablePaymentMethod(
                    paymentMethodTypeList: methods?.map { PaymentMethodTypeItem(paymentMethodType: $0) },
                    paymentMethodMetaData: threeDS ? PaymentMethodMetaData(is3DSAuthentication: true) : nil)
                : nil,
            paymentFactor: captureMode.map { PaymentFactor(captureMode: $0) },
            paymentRedirectUrl: "https://merchant.example/result",
            paymentNotifyUrl: "https://merchant.example/payments/notify?shop=1")
    }

    static func payRequest(id: String, cardNo: String = visaSuccess, captureMode: String? = nil) -> PayRequest {
        let amount = Amount(currency: "SGD", value: "6000")
        return PayRequest(
            productCode: "CASHIER_PAYMENT", paymentRequestId: id,
            order: Order(
                referenceOrderId: "ORDER-\(id)", orderDescription: "Desk lamp", orderAmount: amount,
                buyer: Buyer(referenceBuyerId: "buyer-88")),
            paymentAmount: amount,
            paymentMethod: PaymentMethod(
                paymentMethodType: "CARD",
                paymentMethodMetaData: [
                    "cardNo": .string(cardNo), "cvv": .string("123"), "expiryMonth": .string("12"),
                    "expiryYear": .string("30"),
                    "cardholderName": .object(["firstName": .string("Lady"), "lastName": .string("Gaga")]),
                ]),
            paymentRedirectUrl: "https://merchant.example/result",
            paymentNotifyUrl: "https://merchant.example/payments/notify",
            paymentFactor: PaymentFactor(captureMode: captureMode, isAuthorization: true),
            env: Env(terminalType: "WEB", clientIp: "203.0.113.7"))
    }

    /// Seed 002's hosted mode: a `pay` whose method is only `paymentMethodType: CARD` (plus `metadata`), answered U
    /// PAYMENT_IN_PROCESS with the card page's normalUrl.
    static func hostedPayRequest(id: String, metadata: [String: JSONValue]? = nil) -> PayRequest {
        var request = payRequest(id: id)
        request.paymentMethod = PaymentMethod(paymentMethodType: "CARD", paymentMethodMetaData: metadata)
        return request
    }

    static func card(_ number: String = visaSuccess) -> CardDetails {
        CardDetails(
            number: CardNumber(number), expiry: CardExpiry(month: 12, year: 2030), cvv: "123", holderName: "Lady Gaga")
    }
}
