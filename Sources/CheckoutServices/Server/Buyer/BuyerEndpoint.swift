import CheckoutDomain
import Foundation
import Hummingbird

/// Serves `/sim/v1/…`: the buyer's actions as JSON (`HTTPCheckoutPageService`, curl) or as form posts from the
/// pages, plus the list of signed notifications. Unsigned and same-host only (`LocalCallerPolicy`, checked by
/// `SimulatorResponder` before a route is served).
struct BuyerEndpoint: Sendable {
    let page: any CheckoutPageService
    /// The notifications sent so far (all, or those of one paymentRequestId); `nil` when the sink keeps none.
    let notifications: (@Sendable (String?) -> [SignedNotification])?
    let pages: BuyerPages

    /// Buyer bodies are a card form at most.
    static let maximumBytes = 64 * 1024

    /// `route` is one of the buyer's routes or the notifications list, its method already checked.
    func respond(to route: SimulatorRoute, _ request: Request) async -> (Response, ExchangeSummary) {
        if route == .notifications {
            return listNotifications(request)
        }
        let input: BuyerInput
        do {
            input = try await read(request)
        } catch {
            return failure(error.result)
        }
        do {
            return try await perform(route, input)
        } catch {
            return failure(GatewayRejection.paramIllegal(error.description).result, html: input.isForm)
        }
    }

    private func perform(_ route: SimulatorRoute, _ input: BuyerInput) async throws(WireDecodingError) -> (
        Response, ExchangeSummary
    ) {
        let outcome: Result<PayResponse, APOClientError>
        switch route {
        case .loadSession:
            let body = try input.loadSession()
            do {
                let answer = BuyerSessionAnswer(try await page.loadSession(sessionData: body.sessionData))
                return (
                    PlainResponse.json(WireCoding.encode(answer)),
                    ExchangeSummary(paymentRequestId: answer.session?.request.paymentRequestId, result: answer.result)
                )
            } catch {
                return failure(Self.unknown(error))
            }
        case .submitPayment:
            let submission = try input.submitPayment()
            outcome = await Self.call { () async throws(APOClientError) in try await page.submitPayment(submission) }
        case .completeChallenge:
            let body = try input.challenge()
            outcome = await Self.call { () async throws(APOClientError) in
                try await page.completeChallenge(paymentId: body.paymentId, outcome: body.outcome)
            }
        case .enterCard:
            let body = try input.enterCard()
            let entry = try body.entry()
            outcome = await Self.call { () async throws(APOClientError) in
                try await page.enterCard(paymentId: body.paymentId, entry)
            }
        default:
            let body = try input.redirect()
            outcome = await Self.call { () async throws(APOClientError) in
                try await page.completeRedirect(paymentId: body.paymentId, action: body.action)
            }
        }
        switch outcome {
        case .success(let response):
            let summary = ExchangeSummary(
                paymentRequestId: response.paymentRequestId, paymentId: response.paymentId, result: response.result)
            if input.isForm { return (PlainResponse.html(pages.payResult(response)), summary) }
            return (PlainResponse.json(WireCoding.encode(response)), summary)
        case .failure(let error):
            return failure(Self.unknown(error), html: input.isForm)
        }
    }

    private static func call(
        _ body: () async throws(APOClientError) -> PayResponse
    ) async -> Result<PayResponse, APOClientError> {
        do {
            return .success(try await body())
        } catch {
            return .failure(error)
        }
    }

    private func read(_ request: Request) async throws(GatewayRejection) -> BuyerInput {
        let contentType = request.headers[.contentType]
        let isForm = contentType?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true
        guard isForm || JSONMediaType.accepts(contentType) else {
            throw .mediaTypeNotAcceptable(contentType ?? "")
        }
        var request = request
        let data = try await GatewayBody.read(&request, limit: Self.maximumBytes)
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .paramIllegal("the request body is not valid UTF-8 text")
        }
        if isForm { return .form(FormFields(text)) }
        try GatewayBody.checkStructure(data)
        return .json(data)
    }

    private func listNotifications(_ request: Request) -> (Response, ExchangeSummary) {
        let requestId = request.uri.queryParameters["paymentRequestId"].map(String.init)
        let list = notifications?(requestId) ?? []
        return (
            PlainResponse.json(WireCoding.encode(list)),
            ExchangeSummary(paymentRequestId: requestId, note: "\(list.count) notification(s)")
        )
    }

    private func failure(_ result: APOResult, html: Bool = false) -> (Response, ExchangeSummary) {
        let response = html ? PlainResponse.html(pages.failure(result)) : PlainResponse.result(result)
        return (response, ExchangeSummary(result: result))
    }

    /// The page calls of the in-process mock do not throw; should one ever, the buyer sees Antom's "unknown".
    private static func unknown(_ error: APOClientError) -> APOResult {
        APOResult(
            resultCode: ResultCode.unknownException, resultStatus: .unknown,
            resultMessage: "unknown exception (\(error.description))")
    }
}
