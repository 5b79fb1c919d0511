import CheckoutDomain
import CheckoutServices
import Foundation

/// Fuzz target (a): one input is what the mock server does with an authenticated request body.
///
/// Input layout: the first byte picks the API (`APOEndpoint.allCases[byte % 7]`), the rest is the body. The body
/// goes through the gateway's own steps (`GatewayBody.checkText`, then `GatewayDispatcher`, which decodes it with
/// `WireCoding` and runs it on a fresh in-memory MockAPO, where createPaymentSession meets
/// `SessionRequestValidator` and pay, capture, refund, cancel and inquiry meet the mock's own checks).
///
/// Invariants: every outcome is an answer or a PARAM_ILLEGAL rejection; a body that is a JSON object but
/// cannot be decoded is rejected naming the field; an accepted request re-encodes and decodes to the same
/// value; an answer decodes as its API's response with the same result, and an F or U result has a code and
/// a message; createPaymentSession answers exactly the validator's failure, or succeeds when it has none; no
/// answer or rejection holds a card number the body carried; the mock never holds two live payments for one
/// paymentRequestId.
public struct GatewayRequestTarget: Sendable {
    public static let name = "gateway-request"

    let fixture: GatewayFixture

    public init(fixture: GatewayFixture) {
        self.fixture = fixture
    }

    /// Frames a body for `endpoint` as this target reads it.
    public static func input(_ endpoint: APOEndpoint, body: [UInt8]) -> [UInt8] {
        [UInt8(APOEndpoint.allCases.firstIndex(of: endpoint) ?? 0)] + body
    }

    /// Runs one input; nil when every invariant held.
    public func run(_ input: [UInt8]) async -> FuzzFinding? {
        guard let selector = input.first else { return nil }
        let endpoint = APOEndpoint.allCases[Int(selector) % APOEndpoint.allCases.count]
        let body = Data(input.dropFirst())
        // The gateway refuses these while reading, before any of the steps below.
        guard body.count <= GatewayBody.maximumBytes else { return nil }
        let cardNumbers = CardNumberLeaks.cardNumbers(in: String(decoding: body, as: UTF8.self))
        do {
            try GatewayBody.checkText(body)
            let apo = fixture.freshMock()
            let answer = try await GatewayDispatcher(apo: apo).dispatch(endpoint, body: body)
            return await check(answer, endpoint: endpoint, body: body, apo: apo, cardNumbers: cardNumbers)
        } catch {
            return check(error, endpoint: endpoint, body: body, cardNumbers: cardNumbers)
        }
    }

    private func check(
        _ rejection: GatewayRejection, endpoint: APOEndpoint, body: Data, cardNumbers: [String]
    ) -> FuzzFinding? {
        guard case .paramIllegal(let reason) = rejection, !reason.isEmpty else {
            return finding("a body is only ever refused as PARAM_ILLEGAL with a reason", "\(endpoint): \(rejection)")
        }
        let text = String(decoding: GatewayAnswer(rejection: rejection).body, as: UTF8.self)
        if let number = CardNumberLeaks.leaked(cardNumbers, in: text) {
            return finding("a rejection never repeats the body's card number", "\(number) in \(text)")
        }
        // A JSON object that reaches decoding but fails it must be refused naming the field at fault.
        if (try? JSONSerialization.jsonObject(with: body)) is [String: Any],
            case .failure(let error) = Self.decode(endpoint, body), error.field == nil
        {
            return finding("a JSON object that cannot be decoded is refused naming the field", "\(endpoint): \(error)")
        }
        return nil
    }

    private func check(
        _ answer: GatewayAnswer, endpoint: APOEndpoint, body: Data, apo: MockAPO, cardNumbers: [String]
    ) async -> FuzzFinding? {
        let text = String(decoding: answer.body, as: UTF8.self)
        if let number = CardNumberLeaks.leaked(cardNumbers, in: text) {
            return finding("an answer never repeats the body's card number", "\(endpoint): \(number) in \(text)")
        }
        if answer.result.resultStatus != .success,
            answer.result.resultCode.rawValue.isEmpty || (answer.result.resultMessage ?? "").isEmpty
        {
            return finding("an F or U result has a code and a message", "\(endpoint): \(text)")
        }
        if let problem = Self.answerProblem(endpoint, answer) {
            return finding("an answer decodes as its API's response with the same result", "\(endpoint): \(problem)")
        }
        if let finding = acceptedRequestProblem(endpoint, body, answer: answer.result) {
            return finding
        }
        let payments: [String: [PaymentRecord]]
        do {
            payments = try await apo.paymentsByRequestId()
        } catch {
            return finding("the store reads back every payment", "\(endpoint): \(error.description)")
        }
        if let problem = PaymentInvariants.violation(in: payments) {
            return finding("one live payment per paymentRequestId", "\(endpoint): \(problem)")
        }
        return nil
    }

    /// The request the gateway accepted, decoded once here: it must survive a round trip, and a session request
    /// must get the validator's verdict.
    private func acceptedRequestProblem(_ endpoint: APOEndpoint, _ body: Data, answer: APOResult) -> FuzzFinding? {
        func roundTrip<T: Codable & Equatable>(_ type: T.Type, then more: (T) -> FuzzFinding? = { _ in nil }) -> FuzzFinding? {
            guard let request = try? WireCoding.decode(type, from: body) else {
                return finding("an accepted request decodes", "\(endpoint): the gateway decoded it, WireCoding here did not")
            }
            if let problem = Self.roundTripProblem(request) {
                return finding("an accepted request re-encodes and decodes to the same value", "\(endpoint): \(problem)")
            }
            return more(request)
        }
        switch endpoint {
        case .createPaymentSession:
            return roundTrip(CreatePaymentSessionRequest.self) { request in
                validatorProblem(request, answer: answer).map {
                    finding("createPaymentSession answers what SessionRequestValidator decides", $0)
                }
            }
        case .pay: return roundTrip(PayRequest.self)
        case .inquiryPayment: return roundTrip(InquiryPaymentRequest.self)
        case .capture: return roundTrip(CaptureRequest.self)
        case .cancel: return roundTrip(CancelRequest.self)
        case .refund: return roundTrip(RefundRequest.self)
        case .inquiryRefund: return roundTrip(InquiryRefundRequest.self)
        }
    }

    private func validatorProblem(_ request: CreatePaymentSessionRequest, answer: APOResult) -> String? {
        let validator = SessionRequestValidator(currencies: fixture.currencies)
        if let failure = validator.validate(request, now: GatewayFixture.inputTime) {
            return failure == answer ? nil : "the validator says \(failure), the mock answered \(answer)"
        }
        let accepted = answer.resultStatus == .success || answer.resultCode == ResultCode.repeatRequestInconsistent
        return accepted ? nil : "the validator accepts the request, the mock answered \(answer)"
    }

    private func finding(_ invariant: String, _ detail: String) -> FuzzFinding {
        FuzzFinding(target: Self.name, invariant: invariant, detail: detail)
    }

    // MARK: - Per-API decoding

    private static func decode(_ endpoint: APOEndpoint, _ body: Data) -> Result<Void, WireDecodingError> {
        func attempt<T: Decodable>(_ type: T.Type) -> Result<Void, WireDecodingError> {
            Result { () throws(WireDecodingError) in _ = try WireCoding.decode(type, from: body) }
        }
        switch endpoint {
        case .createPaymentSession: return attempt(CreatePaymentSessionRequest.self)
        case .pay: return attempt(PayRequest.self)
        case .inquiryPayment: return attempt(InquiryPaymentRequest.self)
        case .capture: return attempt(CaptureRequest.self)
        case .cancel: return attempt(CancelRequest.self)
        case .refund: return attempt(RefundRequest.self)
        case .inquiryRefund: return attempt(InquiryRefundRequest.self)
        }
    }

    /// Encodes and decodes again: the two values must be equal and the two encodings identical.
    private static func roundTripProblem<T: Codable & Equatable>(_ first: T) -> String? {
        let encoded = WireCoding.encode(first)
        guard let second = try? WireCoding.decode(T.self, from: encoded) else {
            return "its encoding does not decode: \(String(decoding: encoded, as: UTF8.self))"
        }
        guard first == second else { return "decoded again it differs: \(String(decoding: encoded, as: UTF8.self))" }
        let again = WireCoding.encode(second)
        return encoded == again ? nil : "encoding is not stable: \(String(decoding: again, as: UTF8.self))"
    }

    private static func answerProblem(_ endpoint: APOEndpoint, _ answer: GatewayAnswer) -> String? {
        let result: APOResult?
        switch endpoint {
        case .createPaymentSession: result = try? WireCoding.decode(CreatePaymentSessionResponse.self, from: answer.body).result
        case .pay: result = try? WireCoding.decode(PayResponse.self, from: answer.body).result
        case .inquiryPayment: result = try? WireCoding.decode(InquiryPaymentResponse.self, from: answer.body).result
        case .capture: result = try? WireCoding.decode(CaptureResponse.self, from: answer.body).result
        case .cancel: result = try? WireCoding.decode(CancelResponse.self, from: answer.body).result
        case .refund: result = try? WireCoding.decode(RefundResponse.self, from: answer.body).result
        case .inquiryRefund: result = try? WireCoding.decode(InquiryRefundResponse.self, from: answer.body).result
        }
        guard let result else { return "the answer does not decode: \(String(decoding: answer.body, as: UTF8.self))" }
        return result == answer.result ? nil : "the body says \(result), the gateway logged \(answer.result)"
    }
}
