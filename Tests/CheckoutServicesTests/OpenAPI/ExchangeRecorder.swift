import AsyncHTTPClient
import CheckoutDomain
import CheckoutServices
import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import Synchronization

/// A full run against a live `serve` — sessions, card, 3DS and wallet payments, the hosted card page, the pages'
/// form posts, capture, refund, cancel, errors, the simulation's levers, the notifications list — each exchange kept
/// as the OpenAPI check reads it: `{method, path, status, request, requestType, response, responseType}`, and
/// `{webhook}` for each notification body posted.
final class ExchangeRecorder: Sendable {
    let baseURL: String
    let http: HTTPClient
    let fixture: ServerFixture
    private let exchanges = Mutex<[JSONValue]>([])

    init(baseURL: String, http: HTTPClient, fixture: ServerFixture) {
        self.baseURL = baseURL
        self.http = http
        self.fixture = fixture
    }

    var recorded: [JSONValue] { exchanges.withLock { $0 } }

    func fullRun() async throws {
        let amount = Amount(currency: "SGD", value: "6000")
        // Card through the Checkout Page, then refunded.
        let card = try await pageSession("OA-CARD")
        let paid = try await sim(.submitPayment, submit(card, method: "CARD"))
        let paymentId = paid["paymentId"]?.text ?? ""
        _ = try await antom(.inquiryPayment, InquiryPaymentRequest(paymentRequestId: "OA-CARD"))
        _ = try await antom(
            .refund, RefundRequest(refundRequestId: "OA-REFUND", paymentId: paymentId, refundAmount: amount))
        _ = try await antom(.inquiryRefund, InquiryRefundRequest(refundRequestId: "OA-REFUND"))
        // Manual capture.
        let manual = try await pageSession("OA-MANUAL", captureMode: "MANUAL")
        let authorised = try await sim(.submitPayment, submit(manual, method: "CARD"))
        _ = try await antom(
            .capture,
            CaptureRequest(
                captureRequestId: "OA-CAPTURE", paymentId: authorised["paymentId"]?.text ?? "", captureAmount: amount))
        // 3DS challenge passed.
        let challenged = try await pageSession("OA-3DS", threeDS: true)
        let pending = try await sim(.submitPayment, submit(challenged, method: "CARD"))
        _ = try await sim(
            .completeChallenge, BuyerChallengeRequest(paymentId: pending["paymentId"]?.text ?? "", outcome: .pass))
        // A wallet approved on its page.
        let wallet = try await pageSession("OA-WALLET", methods: ["GRABPAY_SG"])
        let redirected = try await sim(.submitPayment, submit(wallet, method: "GRABPAY_SG"))
        _ = try await sim(
            .completeRedirect, BuyerRedirectRequest(paymentId: redirected["paymentId"]?.text ?? "", action: .approve))
        // Seed 002's hosted mode: a pay with only paymentMethodType CARD, the card typed on its card page.
        let hosted = try await antom(.pay, ServerFixture.hostedPayRequest(id: "OA-HOSTED"))
        _ = try await sim(
            .enterCard,
            BuyerEnterCardRequest(paymentId: hosted["paymentId"]?.text ?? "", .newCard(ServerFixture.card(), saveCard: true)))
        // The same actions posted as forms by the pages, answered with the next page.
        let formCard = try await pageSession("OA-3DS-FORM", threeDS: true)
        _ = try await form(
            .submitPayment,
            [("paymentSessionId", formCard), ("paymentMethodType", "CARD"), ("cardNo", ServerFixture.visaSuccess),
             ("expiryMonth", "12"), ("expiryYear", "30"), ("cvv", "123"), ("holderName", "Lady Gaga"), ("saveCard", "on")])
        let formChallenged = try await antom(.inquiryPayment, InquiryPaymentRequest(paymentRequestId: "OA-3DS-FORM"))
        _ = try await form(
            .completeChallenge, [("paymentId", formChallenged["paymentId"]?.text ?? ""), ("outcome", "pass")])
        let formHosted = try await antom(.pay, ServerFixture.hostedPayRequest(id: "OA-HOSTED-FORM"))
        _ = try await form(
            .enterCard,
            [("paymentId", formHosted["paymentId"]?.text ?? ""), ("cardNo", ServerFixture.visaSuccess),
             ("expiryMonth", "12"), ("expiryYear", "30"), ("cvv", "123"), ("holderName", "Lady Gaga")])
        // Server to server: a forced decline, a card paid then cancelled.
        _ = try await sim(.controlOutcomes, ControlOutcomesRequest(outcomes: ["decline:DO_NOT_HONOR"]))
        _ = try await get(SimulatorRoute.controlState.path)
        _ = try await antom(.pay, ServerFixture.payRequest(id: "OA-DECLINED"))
        _ = try await antom(.pay, ServerFixture.payRequest(id: "OA-PAY"))
        _ = try await antom(.cancel, CancelRequest(paymentRequestId: "OA-PAY"))
        // Refusals: an unknown payment, a forged signature, a body that is not JSON.
        _ = try await antom(.inquiryPayment, InquiryPaymentRequest(paymentRequestId: "OA-NONE"))
        _ = try await antom(.inquiryPayment, InquiryPaymentRequest(paymentRequestId: "OA-CARD"), key: fixture.apoKey)
        _ = try await sim(.loadSession, ["sessionData": "not a session"])
        // Time moves on; the notifications posted meanwhile are listed, each body checked as the webhook's.
        _ = try await sim(.controlClock, ControlClockRequest(advance: SimulatedSpan(seconds: 120)))
        let listed = try await get(SimulatorRoute.notifications.path)
        for attempt in listed.array ?? [] {
            guard let text = attempt["body"]?.text else { continue }
            let body = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
            exchanges.withLock { $0.append(.object(["webhook": body])) }
        }
        _ = try await get(OpenAPIDocument.path)
        _ = try await sim(.controlReset, nil as JSONValue?)
    }

    /// createPaymentSession, then loadSession: the session's id and data.
    private func pageSession(
        _ id: String, captureMode: String? = nil, threeDS: Bool = false, methods: [PaymentMethodType]? = nil
    ) async throws -> String {
        let created = try await antom(
            .createPaymentSession,
            ServerFixture.sessionRequest(id: id, captureMode: captureMode, threeDS: threeDS, methods: methods))
        _ = try await sim(.loadSession, BuyerLoadSessionRequest(sessionData: created["paymentSessionData"]?.text ?? ""))
        return created["paymentSessionId"]?.text ?? ""
    }

    private func submit(_ sessionId: String, method: PaymentMethodType) -> PaymentSubmission {
        PaymentSubmission(
            paymentSessionId: sessionId, paymentMethodType: method, card: method == .card ? ServerFixture.card() : nil)
    }

    /// A signed call to one of Antom's APIs on its sandbox path, signed with the merchant key (or `key`).
    private func antom(_ endpoint: APOEndpoint, _ body: some Encodable, key: SigningKey? = nil) async throws -> JSONValue {
        let path = AntomPath.sandboxed(endpoint.path, clientId: ServerFixture.clientId)
        let data = WireCoding.encode(body)
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json; charset=UTF-8")
        for field in try fixture.signedHeaders(path: path, body: data, key: key) {
            request.headers.add(name: field.name.rawName, value: field.value)
        }
        request.body = .bytes(ByteBuffer(bytes: data))
        return try await exchange(request, path: path, body: data)
    }

    private func sim(_ route: SimulatorRoute, _ body: (some Encodable)?) async throws -> JSONValue {
        let data = body.map { WireCoding.encode($0) }
        var request = HTTPClientRequest(url: baseURL + route.path)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        if let data { request.body = .bytes(ByteBuffer(bytes: data)) }
        return try await exchange(request, path: route.path, body: data)
    }

    /// A form post as the pages send it; the answer is the next page, as HTML.
    private func form(_ route: SimulatorRoute, _ fields: [(name: String, value: String)]) async throws -> String {
        let encoded = fields.map { "\($0.name)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
        let data = Data(encoded.joined(separator: "&").utf8)
        var request = HTTPClientRequest(url: baseURL + route.path)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.body = .bytes(ByteBuffer(bytes: data))
        let response = try await http.execute(request, timeout: Patience.timeAmount)
        let page = String(buffer: try await response.body.collect(upTo: 8 << 20))
        let sent = JSONValue.object(Dictionary(fields.map { ($0.name, .string($0.value)) }, uniquingKeysWith: { _, last in last }))
        record(
            request, path: route.path, status: response.status.code, sent: sent, answer: .string(page),
            requestType: "application/x-www-form-urlencoded", answerType: "text/html")
        return page
    }

    private func get(_ path: String) async throws -> JSONValue {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = .GET
        return try await exchange(request, path: path, body: nil)
    }

    private func exchange(_ request: HTTPClientRequest, path: String, body: Data?) async throws -> JSONValue {
        let response = try await http.execute(request, timeout: Patience.timeAmount)
        let answer = try await response.body.collect(upTo: 8 << 20)
        let decoded = try JSONDecoder().decode(JSONValue.self, from: Data(answer.readableBytesView))
        let sent = try body.map { try JSONDecoder().decode(JSONValue.self, from: $0) } ?? .null
        record(request, path: path, status: response.status.code, sent: sent, answer: decoded)
        return decoded
    }

    private func record(
        _ request: HTTPClientRequest, path: String, status: UInt, sent: JSONValue, answer: JSONValue,
        requestType: String = "application/json", answerType: String = "application/json"
    ) {
        exchanges.withLock {
            $0.append(
                .object([
                    "method": .string(request.method.rawValue), "path": .string(path), "status": .number(Double(status)),
                    "request": sent, "requestType": .string(requestType), "response": answer,
                    "responseType": .string(answerType),
                ]))
        }
    }
}

extension JSONValue {
    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var text: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var array: [JSONValue]? {
        if case .array(let array) = self { return array }
        return nil
    }
}
