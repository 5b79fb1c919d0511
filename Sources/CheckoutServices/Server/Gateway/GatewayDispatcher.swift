import CheckoutDomain
import Foundation

/// Decodes an authenticated body for its API, runs the call on the mock and encodes the answer.
/// Public so the fuzz targets in CheckoutFuzzing can drive it without a server.
public struct GatewayDispatcher: Sendable {
    let apo: any APOClient

    public init(apo: any APOClient) {
        self.apo = apo
    }

    /// Bodies that cannot be read are PARAM_ILLEGAL with the field named (`WireDecodingError`, reference §3.5).
    public func dispatch(_ endpoint: APOEndpoint, body: Data) async throws(GatewayRejection) -> GatewayAnswer {
        switch endpoint {
        case .createPaymentSession:
            let request = try decode(CreatePaymentSessionRequest.self, body)
            return await answer(endpoint, requestId: request.paymentRequestId) { () async throws(APOClientError) in
                // The bytes the mock encoded to keep the answer for repeats: encoded once.
                let answer = try await apo.createPaymentSessionAnswer(request)
                return (answer.body, answer.response.result, request.paymentRequestId, nil)
            }
        case .pay:
            let request = try decode(PayRequest.self, body)
            return await answer(endpoint, requestId: request.paymentRequestId) { () async throws(APOClientError) in
                let answer = try await apo.payAnswer(request)
                return (answer.body, answer.response.result, request.paymentRequestId, answer.response.paymentId)
            }
        case .inquiryPayment:
            let request = try decode(InquiryPaymentRequest.self, body)
            return await answer(endpoint, requestId: request.paymentRequestId) { () async throws(APOClientError) in
                let answer = try await apo.inquiryPaymentAnswer(request)
                let response = answer.response
                return (
                    answer.body, response.result, response.paymentRequestId ?? request.paymentRequestId,
                    response.paymentId ?? request.paymentId
                )
            }
        case .capture:
            let request = try decode(CaptureRequest.self, body)
            return await answer(endpoint, requestId: nil) { () async throws(APOClientError) in
                let response = try await apo.capture(request)
                return (WireCoding.encode(response), response.result, nil, request.paymentId)
            }
        case .cancel:
            let request = try decode(CancelRequest.self, body)
            return await answer(endpoint, requestId: request.paymentRequestId) { () async throws(APOClientError) in
                let response = try await apo.cancel(request)
                return (
                    WireCoding.encode(response), response.result,
                    response.paymentRequestId ?? request.paymentRequestId, response.paymentId ?? request.paymentId
                )
            }
        case .refund:
            let request = try decode(RefundRequest.self, body)
            return await answer(endpoint, requestId: nil) { () async throws(APOClientError) in
                let response = try await apo.refund(request)
                return (WireCoding.encode(response), response.result, nil, request.paymentId)
            }
        case .inquiryRefund:
            let request = try decode(InquiryRefundRequest.self, body)
            return await answer(endpoint, requestId: nil) { () async throws(APOClientError) in
                let response = try await apo.inquiryRefund(request)
                return (WireCoding.encode(response), response.result, nil, nil)
            }
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, _ body: Data) throws(GatewayRejection) -> T {
        do {
            return try WireCoding.decode(type, from: body)
        } catch {
            throw .paramIllegal(error.description)
        }
    }

    /// Runs one call. The in-process mock throws only for a forced createPaymentSession timeout; over HTTP that
    /// becomes `U UNKNOWN_EXCEPTION`, the answer the sandbox gives when it cannot say (reference §3.5, php#3),
    /// which tells the merchant to retry with a new paymentRequestId, as a real timeout would.
    private func answer(
        _ endpoint: APOEndpoint,
        requestId: String?,
        _ call: () async throws(APOClientError) -> (Data, APOResult, String?, String?)
    ) async -> GatewayAnswer {
        do {
            let (body, result, paymentRequestId, paymentId) = try await call()
            return GatewayAnswer(body: body, result: result, paymentRequestId: paymentRequestId, paymentId: paymentId)
        } catch {
            let result = APOResult(
                resultCode: ResultCode.unknownException, resultStatus: .unknown,
                resultMessage: "unknown exception (\(error.description))")
            return GatewayAnswer(
                body: WireCoding.encode(["result": result]), result: result, paymentRequestId: requestId)
        }
    }
}
