import CheckoutDomain
import Foundation
import Hummingbird
import Logging

/// The whole HTTP surface of `checkout-tui serve`: Antom's signed APIs under `/ams/`, the simulator API under
/// `/sim/v1/` (`SimulatorRoute`: the buyer's actions, the notifications list, the simulation controls), the pages
/// at `MockAPOPaths`, the OpenAPI document of all that at `/openapi.json`; any other path answers a signed F
/// NO_INTERFACE_DEF. Every exchange is logged as one line,
/// never with its body, and every answer carries the headers that keep browsers from framing or sniffing it.
public struct SimulatorResponder: HTTPResponder {
    public typealias Context = SimulatorRequestContext

    let mocks: MerchantMocks
    let keys: GatewayKeys
    let merchants: [ServedMerchant]
    let notifications: CapturingNotificationSink?
    let simulation: ServerSimulation?
    let control: ControlAccess
    let callers: LocalCallerPolicy
    let pages: BuyerPages
    let log: RequestLog

    /// Serves `apo` as it is: for in-process tests (`app.test(.router)`) and servers on a known port. `clock` is
    /// the mock's clock, which `/sim/v1/control/clock` moves; without it (or without `notifications`) the
    /// control routes answer that this server has no simulation controls.
    public init(
        apo: MockAPO, keys: GatewayKeys, notifications: CapturingNotificationSink?, money: MoneyFormatter,
        logger: Logger, clock: OffsetClock? = nil, controlToken: String? = nil, host: String = "127.0.0.1"
    ) {
        let mocks = MerchantMocks([(keys.clientId, apo)])
        var simulation: ServerSimulation?
        if let clock, let notifications {
            simulation = ServerSimulation(clock: clock, mocks: mocks, notifications: notifications, pump: Doorbell())
        }
        self.init(
            mocks: mocks, keys: keys,
            merchants: [ServedMerchant(clientId: keys.clientId, merchantPublicKey: keys.merchantPublicKey)],
            notifications: notifications, simulation: simulation, control: ControlAccess(token: controlToken),
            host: host, money: money, logger: logger)
    }

    init(
        mocks: MerchantMocks, keys: GatewayKeys, merchants: [ServedMerchant], notifications: CapturingNotificationSink?,
        simulation: ServerSimulation?, control: ControlAccess, host: String, money: MoneyFormatter, logger: Logger
    ) {
        self.mocks = mocks
        self.keys = keys
        self.merchants = merchants
        self.notifications = notifications
        self.simulation = simulation
        self.control = control
        self.callers = LocalCallerPolicy(serverHost: host)
        self.pages = BuyerPages(money: money)
        self.log = RequestLog(logger: logger)
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        let start = ContinuousClock.now
        var (response, summary) = await route(request, context: context)
        BrowserHeaders.apply(to: &response.headers)
        log.record(
            method: request.method.rawValue, path: request.uri.path, status: response.status.code, summary: summary,
            elapsed: ContinuousClock.now - start)
        return response
    }

    private func route(_ request: Request, context: Context) async -> (Response, ExchangeSummary) {
        guard mocks.primary != nil else {
            // Unreachable in practice: the server sets the mock before it accepts connections.
            let result = APOResult(
                resultCode: ResultCode.unknownException, resultStatus: .unknown,
                resultMessage: "unknown exception (the mock APO is still starting)")
            return (PlainResponse.result(result, status: .serviceUnavailable), ExchangeSummary(result: result))
        }
        let path = request.uri.path
        if path == OpenAPIDocument.path {
            guard request.method == .get else {
                let result = GatewayRejection.methodNotSupported(method: request.method.rawValue).result
                return (PlainResponse.result(result), ExchangeSummary(result: result))
            }
            return (PlainResponse.json(OpenAPIDocument.data), ExchangeSummary(note: "OpenAPI document"))
        }
        if path.hasPrefix(SimulatorRoute.prefix) {
            if let refusal = callers.refusal(request.head, remote: context.remoteAddress, local: context.localAddress) {
                return Self.forbidden(refusal)
            }
            return await simulator(request)
        }
        if PageEndpoint.handles(path) {
            if let refusal = callers.refusal(request.head, remote: context.remoteAddress, local: context.localAddress) {
                let result = APOResult.failure(ResultCode.accessDenied, refusal)
                return (PlainResponse.html(pages.failure(result), status: .forbidden), ExchangeSummary(result: result))
            }
            return await PageEndpoint(mocks: mocks, pages: pages).respond(to: request)
        }
        let gateway = GatewayEndpoint(
            authenticator: GatewayAuthenticator(merchants: merchants), mocks: mocks,
            signer: ResponseSigner(key: keys.apoPrivateKey))
        return await gateway.respond(to: request)
    }

    /// `/sim/v1/…`: the route from the table, its method, then the buyer's or the control's endpoint.
    private func simulator(_ request: Request) async -> (Response, ExchangeSummary) {
        let method = request.method.rawValue
        guard let route = SimulatorRoute.matching(request.uri.path) else {
            let result = APOResult.failure(
                ResultCode.noInterfaceDef,
                "API is not defined: \(method) \(request.uri.path). The simulator serves \(SimulatorRoute.listing).")
            return (PlainResponse.result(result), ExchangeSummary(result: result))
        }
        guard request.method == route.method else {
            let result = GatewayRejection.methodNotSupported(method: method).result
            return (PlainResponse.result(result), ExchangeSummary(result: result))
        }
        if route.isControl {
            guard let simulation else {
                let result = APOResult.failure(
                    ResultCode.noInterfaceDef, "This server was built without simulation controls.")
                return (PlainResponse.result(result), ExchangeSummary(result: result))
            }
            return await ControlEndpoint(simulation: simulation, access: control).respond(to: route, request)
        }
        let buyer = BuyerEndpoint(page: RoutedCheckoutPage(mocks: mocks), notifications: notifications.map { sink in
            { @Sendable requestId in sink.notifications(paymentRequestId: requestId) }
        }, pages: pages)
        return await buyer.respond(to: route, request)
    }

    private static func forbidden(_ reason: String) -> (Response, ExchangeSummary) {
        let result = APOResult.failure(ResultCode.accessDenied, reason)
        return (PlainResponse.result(result, status: .forbidden), ExchangeSummary(result: result))
    }
}
