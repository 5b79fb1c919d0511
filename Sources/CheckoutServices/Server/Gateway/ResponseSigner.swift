import CheckoutDomain
import Foundation
import HTTPTypes
import Hummingbird

/// Signs the gateway's answers with the APO private key, as Antom signs every response it can.
struct ResponseSigner: Sendable {
    let key: SigningKey

    /// HTTP 200 with `client-id`, `response-time` and `signature` over the REQUEST's method and path, the
    /// request's client id, the response time and the exact body bytes (reference §1.3, JAVA `checkRspSign`).
    /// `response-time` is ISO 8601 UTC (`2024-05-01T12:00:00+00:00`): the sources are silent on its format and
    /// every SDK verifies the header text as sent.
    ///
    /// Should signing ever fail, the answer goes out unsigned as `U UNKNOWN_EXCEPTION`, the one kind of unsigned
    /// answer the SDKs accept (PRs java#222 / python#179: unsigned only for F/U).
    func response(body: Data, requestMethod: String, requestPath: String, clientId: String) -> Response {
        let (headers, sent) = signed(body: body, requestMethod: requestMethod, requestPath: requestPath, clientId: clientId)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: sent)))
    }

    /// The headers of a signed answer and the body to send with them (`body`, or the unsigned U when signing
    /// failed); `response` and `ConnectionRejections` write them.
    func signed(body: Data, requestMethod: String, requestPath: String, clientId: String) -> (HTTPFields, Data) {
        var headers: HTTPFields = [.contentType: SignedRequest.contentType]
        do {
            let signed = try SignedRequest.signResponse(
                requestMethod: requestMethod, requestPath: requestPath, clientId: clientId,
                responseTime: .now(format: .iso8601), body: body, key: key)
            for header in signed {
                guard let name = HTTPField.Name(header.name.lowercased()) else { continue }
                headers[name] = header.value
            }
            return (headers, body)
        } catch {
            let result = APOResult(
                resultCode: ResultCode.unknownException, resultStatus: .unknown,
                resultMessage: "unknown exception (the answer could not be signed: \(error.description))")
            return (headers, WireCoding.encode(["result": result]))
        }
    }
}
