import Foundation

/// The merchant server's view of Antom: the seven APIs of a Checkout Page integration.
///
/// Business outcomes come back inside the response's `result` (S, F or U) exactly as Antom sends them;
/// only a call that got no usable answer throws.
public protocol APOClient: Sendable {
    func createPaymentSession(_ request: CreatePaymentSessionRequest) async throws(APOClientError) -> CreatePaymentSessionResponse
    func pay(_ request: PayRequest) async throws(APOClientError) -> PayResponse
    func inquiryPayment(_ request: InquiryPaymentRequest) async throws(APOClientError) -> InquiryPaymentResponse
    func capture(_ request: CaptureRequest) async throws(APOClientError) -> CaptureResponse
    func cancel(_ request: CancelRequest) async throws(APOClientError) -> CancelResponse
    func refund(_ request: RefundRequest) async throws(APOClientError) -> RefundResponse
    func inquiryRefund(_ request: InquiryRefundRequest) async throws(APOClientError) -> InquiryRefundResponse
    /// `createPaymentSession` with the answer's wire bytes, for a server that sends them.
    func createPaymentSessionAnswer(
        _ request: CreatePaymentSessionRequest
    ) async throws(APOClientError) -> EncodedAnswer<CreatePaymentSessionResponse>
    /// `pay` with the answer's wire bytes, for a server that sends them.
    func payAnswer(_ request: PayRequest) async throws(APOClientError) -> EncodedAnswer<PayResponse>
    /// `inquiryPayment` with the answer's wire bytes, for a server that sends them.
    func inquiryPaymentAnswer(
        _ request: InquiryPaymentRequest
    ) async throws(APOClientError) -> EncodedAnswer<InquiryPaymentResponse>
}

extension APOClient {
    /// The answer alone, encoded when the server asks for its body; the mock overrides this with the bytes it
    /// encoded to keep the answer for repeats.
    public func createPaymentSessionAnswer(
        _ request: CreatePaymentSessionRequest
    ) async throws(APOClientError) -> EncodedAnswer<CreatePaymentSessionResponse> {
        EncodedAnswer(try await createPaymentSession(request))
    }

    /// The answer alone, encoded when the server asks for its body; the mock overrides this likewise.
    public func payAnswer(_ request: PayRequest) async throws(APOClientError) -> EncodedAnswer<PayResponse> {
        EncodedAnswer(try await pay(request))
    }

    /// The answer alone, encoded when the server asks for its body; the mock overrides this with the bytes it
    /// keeps for the payment until the payment changes.
    public func inquiryPaymentAnswer(
        _ request: InquiryPaymentRequest
    ) async throws(APOClientError) -> EncodedAnswer<InquiryPaymentResponse> {
        EncodedAnswer(try await inquiryPayment(request))
    }
}

/// A call to the APO that got no usable answer. The merchant should retry (with a new paymentRequestId for
/// createPaymentSession, as Antom's guide says) or inquire.
public enum APOClientError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No answer within the time limit.
    case timeout(api: String, seconds: Double)
    /// The connection failed before an answer arrived.
    case unreachable(api: String, reason: String)
    /// An answer came, but not one Antom would send (HTTP status, body, JSON).
    case badResponse(api: String, reason: String)
    /// The answer's signature is missing where it must be, or does not verify with the APO public key.
    case signatureRejected(api: String, reason: String)

    public var description: String {
        switch self {
        case .timeout(let api, let seconds): "\(api): no answer within \(Self.seconds(seconds)) s (network timeout)"
        case .unreachable(let api, let reason): "\(api): the APO could not be reached: \(reason)"
        case .badResponse(let api, let reason): "\(api): the APO's answer could not be used: \(reason)"
        case .signatureRejected(let api, let reason): "\(api): the answer's signature was rejected: \(reason)"
        }
    }

    private static func seconds(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }
}

/// The seven APIs by name, as the timeline and the HTTP paths spell them.
public enum APOEndpoint: String, Codable, Hashable, Sendable, CaseIterable {
    case createPaymentSession
    case pay
    case inquiryPayment
    case capture
    case cancel
    case refund
    case inquiryRefund

    /// `/ams/api/v1/payments/<name>`.
    public var path: String { "/ams/api/v1/payments/\(rawValue)" }
}
