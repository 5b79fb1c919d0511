import CheckoutDomain
import Foundation

/// The simulator as an Elm-style program: the merchant's order page with the embedded Checkout Page, the
/// merchant's result page and the timeline, driven by keys and by the answers of the commands it returns.
///
/// `update` does no I/O: calls to Antom are `AppCommand`s that `AppEffectRunner` performs. It reads the injected
/// clock once per message, as a reducer reads an injected date dependency, so tests on a `ManualClock` are exact.
public struct CheckoutApp: ProgramModel, Sendable {
    public let environment: AppEnvironment
    public internal(set) var state: AppState
    /// What the message being handled has sent the site so far (`send`), for `update` to decide whether the
    /// cursors need settling.
    var sentToSite = SiteActionsSent.nothing

    /// - Parameter size: the terminal's size at start; resizes arrive as keys.
    public init(environment: AppEnvironment, size: Size) {
        self.environment = environment
        self.state = AppState(size: size, now: environment.clock.now())
        state.explaining = environment.explainsAtStart
    }

    public var isFinished: Bool { state.isFinished }

    public static func message(for key: Key) -> AppMessage { .key(key) }

    public static var tick: AppMessage? { .tick }

    /// The merchant server creates the payment session, as it would when the buyer opens the order page.
    public mutating func start() -> [AppCommand] {
        state.now = environment.clock.now()
        noteScenarioWarnings()
        return send(.orderPageOpened)
    }

    public mutating func update(_ message: AppMessage) -> [AppCommand] {
        state.now = environment.clock.now()
        sentToSite = .nothing
        let commands: [AppCommand]
        var tickChangedSite: Bool?
        switch message {
        case .key(let key): commands = handle(key)
        case .textTyped(let text): commands = textTyped(text)
        case .tick:
            // Only a tick needs the site as it was, so only a tick pays for copying it. Not kept in an optional
            // across the switch: storing nil in one zeroes the whole state, four kilobytes, on every other message.
            let siteBeforeTick = state.site
            commands = tick()
            tickChangedSite = state.site != siteBeforeTick
        case .site(let action): commands = send(action)
        case .sessionCreated, .sessionCreationFailed, .payAnswered, .payFailed, .sessionLoaded, .pageCallAnswered, .pageCallFailed,
            .inquiryAnswered, .inquiryFailed, .operationAnswered, .operationFailed:
            commands = answered(message)
        case .notificationsDelivered(let deliveries): commands = notificationsDelivered(deliveries)
        case .outcomesForced(let added, let pending): commands = outcomesForced(added: added, pending: pending)
        case .forcedOutcomesRead(let pending):
            state.forcedOutcomes = pending
            commands = []
        case .timeTravelled(let report): commands = timeTravelled(report)
        case .controlsUnavailable(let lever): commands = controlsUnavailable(lever: lever)
        case .delayed(let due, let answer):
            state.inTransit.append(DelayedAnswer(due: due, message: answer))
            commands = []
        }
        // Most ticks change nothing on the page; settling re-lays the pane out, so it waits for a real change. What
        // the buyer does inside a form changes what it holds, never which rows, fields and buttons there are
        // (`PageAction.isFormInput`): the cursors stand where they stood, and the view is left to whoever needs it
        // next (the frame, the next key's handler). Building it was most of a typed key's cost in `play`.
        if tickChangedSite ?? (sentToSite != .formInputOnly) { settle() }
        guard !state.isFinished else { return [] }
        return commands.count > 1 ? [.sequence(commands)] : commands
    }

    public func view(size: Size) -> ScreenBuffer {
        AppView(app: self).render(size: size).buffer
    }

    /// The merchant result page's view-model for the current state.
    public var merchantView: MerchantResultView {
        state.builtMerchantView.value
            ?? environment.merchantPage.view(state.merchant, locale: environment.scenario.createPaymentSession.locale)
    }

    /// The buyer-facing texts of the merchant's pages, in the same locale as `merchantView`.
    var merchantText: Localizer {
        environment.merchantPage.strings.localizer(for: environment.scenario.createPaymentSession.locale)
    }

    /// The scenario's paymentRequestId, or the new one the merchant chose after a createPaymentSession timeout.
    var paymentRequestId: String? { environment.site.paymentRequestId(state.site) }

    mutating func record(_ entry: TimelineEntry) {
        state.timeline.append(entry)
    }

    mutating func finish() {
        state.isFinished = true
    }

    private mutating func tick() -> [AppCommand] {
        state.spinnerFrame += 1
        return deliverArrivedAnswers() + fireDueTimers() + deliverNotifications(force: false)
    }

    /// The answers whose simulated latency has passed, in the order they were sent.
    private mutating func deliverArrivedAnswers() -> [AppCommand] {
        let now = state.now
        guard state.inTransit.contains(where: { $0.due <= now }) else { return [] }
        let arrived = state.inTransit.filter { $0.due <= now }
        state.inTransit.removeAll { $0.due <= now }
        var commands: [AppCommand] = []
        for answer in arrived { commands += update(answer.message) }
        return commands
    }

    mutating func fireDueTimers() -> [AppCommand] {
        let due = state.timers.filter { $0.value <= state.now }.sorted { $0.value < $1.value }
        var commands: [AppCommand] = []
        for (timer, _) in due {
            state.timers[timer] = nil
            switch timer {
            case .page(let pageTimer): commands += send(.page(.timerFired(pageTimer)))
            case .merchantRecheck: commands += send(.result(.recheckTimerFired))
            }
        }
        return commands
    }
}
