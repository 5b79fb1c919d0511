import CheckoutDomain
import Foundation

/// Performs `AppCommand`s at the edge: the merchant server's calls, the page's calls and notification delivery.
///
/// It talks only to the protocols, so the same app runs over the in-process mock or an APO over HTTP.
public struct AppEffectRunner: Sendable {
    private let merchantServer: any APOClient
    private let checkoutPage: any CheckoutPageService
    private let notifications: (any MerchantNotificationFeed)?
    /// Forcing outcomes and time travel: only with the in-process mock.
    private let controls: (any SimulationControls)?
    /// How long each API's answer takes to arrive, on `clock`.
    private let latency: SimulatedLatency
    private let clock: (any WallClock)?

    /// - Parameters:
    ///   - latency: simulated seconds per API; answers reach the app that long after the call, on `clock`.
    public init(
        merchantServer: any APOClient, checkoutPage: any CheckoutPageService,
        notifications: (any MerchantNotificationFeed)?, controls: (any SimulationControls)? = nil,
        latency: SimulatedLatency = .zero, clock: (any WallClock)? = nil
    ) {
        self.merchantServer = merchantServer
        self.checkoutPage = checkoutPage
        self.notifications = notifications
        self.controls = controls
        self.latency = latency
        self.clock = clock
    }

    /// Performs `command`; an API call's answer comes back `.delayed` until its simulated latency has passed.
    public nonisolated(nonsending) func perform(_ command: AppCommand) async -> [AppMessage] {
        guard let clock, let api = command.api, latency.delay(for: api) > 0 else { return await performNow(command) }
        let due = clock.now().addingTimeInterval(latency.delay(for: api))
        let messages = await performNow(command)
        guard clock.now() < due else { return messages }
        return messages.map { .delayed(until: due, $0) }
    }

    private nonisolated(nonsending) func performNow(_ command: AppCommand) async -> [AppMessage] {
        let server = merchantServer
        let page = checkoutPage
        switch command {
        case .createPaymentSession(let request):
            return await Self.attempt(
                { () async throws(APOClientError) in try await server.createPaymentSession(request) },
                AppMessage.sessionCreated, AppMessage.sessionCreationFailed)
        case .pay(let request):
            return await Self.attempt(
                { () async throws(APOClientError) in try await server.pay(request) }, AppMessage.payAnswered,
                AppMessage.payFailed)
        case .page(let effect):
            return await perform(effect, on: page)
        case .inquirePayment(let request):
            return await Self.attempt(
                { () async throws(APOClientError) in try await server.inquiryPayment(request) },
                AppMessage.inquiryAnswered, AppMessage.inquiryFailed)
        case .merchant(let call):
            return await perform(call, on: server)
        case .deliverNotifications:
            return [.notificationsDelivered(await notifications?.deliverDue() ?? [])]
        case .forceOutcomes(let outcomes):
            guard let controls else { return [.controlsUnavailable(lever: "forcing outcomes")] }
            return [.outcomesForced(added: outcomes, pending: await controls.force(outcomes))]
        case .readForcedOutcomes:
            guard let controls else { return [.controlsUnavailable(lever: "forcing outcomes")] }
            return [.forcedOutcomesRead(await controls.pendingForcedOutcomes())]
        case .travel(let jump):
            guard let controls else { return [.controlsUnavailable(lever: "time travel")] }
            return [.timeTravelled(await controls.travel(jump))]
        case .sequence(let commands):
            var messages: [AppMessage] = []
            for command in commands { messages += await perform(command) }
            return messages
        }
    }

    /// One of the page's calls; an effect that is no call has nothing to perform.
    private nonisolated(nonsending) func perform(
        _ effect: PageEffect, on page: any CheckoutPageService
    ) async -> [AppMessage] {
        guard let call = effect.call else { return [] }
        let failed = { (error: APOClientError) in AppMessage.pageCallFailed(call, error) }
        switch effect {
        case .loadSession(let data):
            return await Self.attempt(
                { () async throws(APOClientError) in try await page.loadSession(sessionData: data) },
                AppMessage.sessionLoaded, failed)
        case .submitPayment(let submission):
            return await Self.attempt(
                { () async throws(APOClientError) in try await page.submitPayment(submission) },
                { .pageCallAnswered(call, $0) }, failed)
        case .completeChallenge(let paymentId, let outcome):
            return await Self.attempt(
                { () async throws(APOClientError) in try await page.completeChallenge(paymentId: paymentId, outcome: outcome) },
                { .pageCallAnswered(call, $0) }, failed)
        case .completeRedirect(let paymentId, let action):
            return await Self.attempt(
                { () async throws(APOClientError) in try await page.completeRedirect(paymentId: paymentId, action: action) },
                { .pageCallAnswered(call, $0) }, failed)
        case .enterCard(let paymentId, let entry):
            return await Self.attempt(
                { () async throws(APOClientError) in try await page.enterCard(paymentId: paymentId, entry) },
                { .pageCallAnswered(call, $0) }, failed)
        default:
            return []
        }
    }

    /// capture, refund or cancel from the merchant server.
    private nonisolated(nonsending) func perform(_ call: MerchantCall, on server: any APOClient) async -> [AppMessage] {
        let failed = { (error: APOClientError) in AppMessage.operationFailed(call.endpoint, error) }
        switch call {
        case .capture(let request):
            return await Self.attempt(
                { () async throws(APOClientError) in try await server.capture(request) },
                { .operationAnswered(.capture($0)) }, failed)
        case .refund(let request):
            return await Self.attempt(
                { () async throws(APOClientError) in try await server.refund(request) },
                { .operationAnswered(.refund($0)) }, failed)
        case .cancel(let request):
            return await Self.attempt(
                { () async throws(APOClientError) in try await server.cancel(request) },
                { .operationAnswered(.cancel($0)) }, failed)
        }
    }

    /// One call: its answer, or the transport failure, as the message the app expects.
    private nonisolated(nonsending) static func attempt<Answer>(
        _ call: nonisolated(nonsending) () async throws(APOClientError) -> Answer, _ answered: (Answer) -> AppMessage,
        _ failed: (APOClientError) -> AppMessage
    ) async -> [AppMessage] {
        do {
            return [answered(try await call())]
        } catch {
            return [failed(error)]
        }
    }
}
