import CheckoutDomain
import Hummingbird

/// Serves the pages behind the URLs the mock hands out (`MockAPOPaths`): GET only, same host only
/// (`LocalCallerPolicy`, checked by `SimulatorResponder`).
struct PageEndpoint: Sendable {
    /// The pages carry no client id: each finds the mock that issued its session or payment.
    let mocks: MerchantMocks
    let pages: BuyerPages

    static func handles(_ path: String) -> Bool {
        [MockAPOPaths.checkoutPage, MockAPOPaths.challenge, MockAPOPaths.cardEntry, MockAPOPaths.wallet, MockAPOPaths.qrImage]
            .contains(path)
            || (path.hasPrefix(MockAPOPaths.qrCode) && path.count > MockAPOPaths.qrCode.count)
    }

    /// The caller is already known to be on this host (`LocalCallerPolicy`).
    func respond(to request: Request) async -> (Response, ExchangeSummary) {
        guard request.method == .get else {
            let result = GatewayRejection.methodNotSupported(method: request.method.rawValue).result
            return (PlainResponse.html(pages.failure(result), status: .methodNotAllowed), ExchangeSummary(result: result))
        }
        let path = request.uri.path
        let query = request.uri.queryParameters
        let paymentId = query["paymentId"].map(String.init) ?? ""
        switch path {
        case MockAPOPaths.checkoutPage:
            let load = await loadSession(query["sessionData"].map(String.init) ?? "")
            var summary = ExchangeSummary(note: "checkout page")
            if case .ready(let session) = load { summary.paymentRequestId = session.request.paymentRequestId }
            return (PlainResponse.html(pages.checkout(load)), summary)
        case MockAPOPaths.challenge:
            let payment = await payment(paymentId)
            return (PlainResponse.html(pages.challenge(payment, paymentId: paymentId)), summary(payment, "3DS page"))
        case MockAPOPaths.cardEntry:
            let payment = await payment(paymentId)
            return (PlainResponse.html(pages.cardEntry(payment, paymentId: paymentId)), summary(payment, "card page"))
        case MockAPOPaths.wallet:
            let payment = await payment(paymentId)
            let title = "\(query["pspName"].map(String.init) ?? "Wallet") page"
            return (
                PlainResponse.html(pages.wallet(payment, paymentId: paymentId, title: title)), summary(payment, "wallet page")
            )
        case MockAPOPaths.qrImage:
            let code = query["code"].map(String.init) ?? ""
            return (PlainResponse.html(pages.qrImage(code: code)), ExchangeSummary(note: "QR image page"))
        default:
            let id = String(path.dropFirst(MockAPOPaths.qrCode.count))
            let payment = await payment(id)
            return (
                PlainResponse.html(pages.wallet(payment, paymentId: id, title: "QR code payment")), summary(payment, "QR page")
            )
        }
    }

    private func payment(_ id: String) async -> PaymentRecord? {
        await mocks.apo(paymentId: id)?.payment(paymentId: id)
    }

    private func loadSession(_ data: String) async -> SessionLoad {
        do {
            return try await RoutedCheckoutPage(mocks: mocks).loadSession(sessionData: data)
        } catch {
            return .rejected(
                APOResult(
                    resultCode: ResultCode.unknownException, resultStatus: .unknown,
                    resultMessage: "unknown exception (\(error.description))"))
        }
    }

    private func summary(_ payment: PaymentRecord?, _ note: String) -> ExchangeSummary {
        ExchangeSummary(paymentRequestId: payment?.paymentRequestId, paymentId: payment?.paymentId, note: note)
    }
}
