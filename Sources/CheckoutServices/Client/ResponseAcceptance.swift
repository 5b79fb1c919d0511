import CheckoutDomain
import Foundation

/// Decides whether an answer from the gateway may be used, before its body is believed.
///
/// Signed answers must verify under the APO public key over the request's method and path, the request's client
/// id, `response-time` and the exact body (reference §1.3). Unsigned answers (neither `signature` nor
/// `response-time`) are taken only when `result.resultStatus` is F or U, the gateway's error pages that cannot
/// be signed; an unsigned S and a partial header set are refused (PRs java#222, python#179, php#173).
enum ResponseAcceptance {
    static func check(
        api: String, requestMethod: String, requestPath: String, clientId: String,
        received: HTTPExchange.Received, apoPublicKey: VerifyingKey
    ) throws(APOClientError) {
        let signature = received.header(AntomHeaderName.signature)
        let responseTime = received.header(AntomHeaderName.responseTime)
        switch (signature, responseTime) {
        case (nil, nil):
            let status = Self.resultStatus(of: received.body)
            guard status == .failure || status == .unknown else {
                throw .signatureRejected(
                    api: api,
                    reason: "unsigned answer with resultStatus \(status?.rawValue ?? "missing") is not accepted; "
                        + "only F and U answers may come unsigned")
            }
        case (.some(let signature), .some(let responseTime)):
            do {
                try SignedRequest.verifyResponse(
                    requestMethod: requestMethod, requestPath: requestPath, clientId: clientId,
                    headers: [AntomHeaderName.signature: signature, AntomHeaderName.responseTime: responseTime],
                    body: received.body, publicKey: apoPublicKey)
            } catch {
                throw .signatureRejected(api: api, reason: error.description)
            }
        case (.some, nil):
            throw .signatureRejected(api: api, reason: "incomplete signature headers: signature without response-time")
        case (nil, .some):
            throw .signatureRejected(api: api, reason: "incomplete signature headers: response-time without signature")
        }
    }

    private static func resultStatus(of body: Data) -> ResultStatus? {
        /// Just `result.resultStatus`, read leniently: an unsigned answer may be any JSON at all.
        struct Probe: Decodable {
            /// The `result` object, as far as the rule needs it.
            struct Result: Decodable { var resultStatus: String? }
            var result: Result?
        }
        let probe = try? JSONDecoder().decode(Probe.self, from: body)
        return probe?.result?.resultStatus.flatMap(ResultStatus.init(rawValue:))
    }
}
