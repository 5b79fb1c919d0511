import CheckoutDomain
import Foundation

/// The simulation's side of a steps run: expectations wait in simulated seconds, and forcing outcomes and moving
/// the clock reach straight into the in-process mock.
extension HeadlessSession: PlayableSession {
    var merchantServer: any APOClient { checkout.apo }
    var patience: TimeInterval { HeadlessPlayer.patience }
    var timeUnit: String { "simulated seconds" }
    var savedCardsOrigin: String? { nil }

    func letTimePass() async -> TimeInterval {
        await advance(by: 1)
        return 1
    }

    func advanceClock(by seconds: TimeInterval) async throws(StepProblem) {
        // Coarser steps for long jumps keep a 7-day advance quick; timers still fire in time order.
        await advance(by: seconds, step: seconds > 600 ? 60 : 1)
    }

    func force(_ outcomes: [ForcedOutcome]) async throws(StepProblem) {
        await checkout.apo.force(outcomes)
    }

    /// Jumps the simulated clock to the mock's next due notification attempt (a retry 2 min or 15 h away), in
    /// minute ticks so the app delivers it as a running terminal would.
    func letTimePassUntilNextDelivery(within limit: TimeInterval) async -> TimeInterval? {
        let now = clock.now()
        let due = await checkout.apo.pendingOutboxEntries().compactMap(\.nextAttemptAt).min()
        guard let due else { return nil }
        // One second past due, so the app's next tick finds it; never less than a tick.
        let wait = max(1, due.timeIntervalSince(now) + 1)
        guard wait <= limit else { return nil }
        await advance(by: wait, step: wait > 600 ? 60 : 1)
        return wait
    }
}
