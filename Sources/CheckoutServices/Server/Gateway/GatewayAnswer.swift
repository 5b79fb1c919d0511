import CheckoutDomain
import Foundation

/// What the mock answered to one API call: the exact body to sign and send, and what the log line names.
/// Public so the fuzz targets in CheckoutFuzzing can drive it without a server.
public struct GatewayAnswer: Sendable {
    public let body: Data
    public let result: APOResult
    public let paymentRequestId: String?
    public let paymentId: String?

    init(body: Data, result: APOResult, paymentRequestId: String? = nil, paymentId: String? = nil) {
        self.body = body
        self.result = result
        self.paymentRequestId = paymentRequestId
        self.paymentId = paymentId
    }

    /// The gateway's own answer to a request it turned down: `{"result":{…}}`.
    public init(rejection: GatewayRejection) {
        let result = rejection.result
        self.init(body: WireCoding.encode(["result": result]), result: result)
    }
}
