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
}
