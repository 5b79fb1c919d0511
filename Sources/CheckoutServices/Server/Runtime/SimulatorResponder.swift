import CheckoutDomain
import Foundation
import Hummingbird
import Logging

/// The whole HTTP surface of `checkout-tui serve`: Antom's signed APIs under `/ams/`, the buyer's simulator API
/// under `/sim/v1/`, the pages at `MockAPOPaths`; any other path answers a signed F NO_INTERFACE_DEF. Every
/// exchange is logged as one line, never with its body.
public struct SimulatorResponder: HTTPResponder {
    public typealias Context = SimulatorRequestContext

    let handle: MockAPOHandle
    let keys: GatewayKeys
    let notifications: CapturingNotificationSink?
    let pages: BuyerPages
    let log: RequestLog

    /// Serves `apo` as it is: for in-process tests (`app.test(.router)`) and servers on a known port.
    public init(
        apo: MockAPO, keys: GatewayKeys, notifications: CapturingNotificationSink?, money: MoneyFormatter,
        logger: Logger
    ) {
        self.init(handle: MockAPOHandle(apo), keys: keys, notifications: notifications, money: money, logger: logger)
    }

    init(
        handle: MockAPOHandle, keys: GatewayKeys, notifications: CapturingNotificationSink?, money: MoneyFormatter,
        logger: Logger
    ) {
        self.handle = handle
        self.keys = keys
        self.notifications = notifications
        self.pages = BuyerPages(money: money)
        self.log = RequestLog(logger: logger)
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        let start = ContinuousClock.now
        let (response, summary) = await route(request, context: context)
        log.record(
            method: request.method.rawValue, path: request.uri.path, status: response.status.code, summary: summary,
            elapsed: ContinuousClock.now - start)
        return response
    }

    private func route(_ request: Request, context: Context) async -> (Response, ExchangeSummary) {
        guard let apo = handle.apo else {
            // Unreachable in practice: the server sets the mock before it accepts connections.
            let result = APOResult(
                resultCode: ResultCode.unknownException, resultStatus: .unknown,
                resultMessage: "unknown exception (the mock APO is still starting)")
            return (PlainResponse.result(result, status: .serviceUnavailable), ExchangeSummary(result: result))
        }
        let path = request.uri.path
        if path.hasPrefix(BuyerPaths.prefix) {
            let buyer = BuyerEndpoint(page: apo, notifications: notifications.map { sink in
                { @Sendable requestId in sink.notifications(paymentRequestId: requestId) }
            }, pages: pages)
            return await buyer.respond(to: request, context: context)
        }
        if PageEndpoint.handles(path) {
            return await PageEndpoint(apo: apo, pages: pages).respond(to: request, context: context)
        }
        let gateway = GatewayEndpoint(
            authenticator: GatewayAuthenticator(clientId: keys.clientId, merchantPublicKey: keys.merchantPublicKey),
            dispatcher: GatewayDispatcher(apo: apo), signer: ResponseSigner(key: keys.apoPrivateKey))
        return await gateway.respond(to: request)
    }
}
