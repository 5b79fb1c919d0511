import CheckoutDomain
import CheckoutServices
import CheckoutTUICore
import Foundation

/// The TUI's and `play`'s levers (`f`, `T`, `force`, `advanceClock`) on `checkout-tui serve`, over
/// `/sim/v1/control`: outcomes are queued for this merchant's next payments, and the server's clock and the app's
/// move on together, so the page's own timers agree with the mock.
struct HTTPSimulationControls: SimulationControls {
    let client: SimulatorControlClient
    /// This run's merchant, so a server hosting several (`serve --merchants`) queues for the right one.
    let clientId: String
    /// The app's clock.
    let localClock: any TimeTraveling

    /// Puts the app's clock where the server's simulated clock is (an earlier run may have moved it on); call once,
    /// before the app starts.
    func synchronize() async {
        guard let offset = try? await client.state().state?.clockOffsetSeconds, offset > 0 else { return }
        localClock.advance(by: offset)
    }

    func force(_ outcomes: [ForcedOutcome]) async -> [ForcedOutcome] {
        let answer = try? await client.force(outcomes, clientId: clientId)
        return await pending(in: answer)
    }

    func pendingForcedOutcomes() async -> [ForcedOutcome] {
        await pending(in: nil)
    }

    func travel(_ jump: TimeJump) async -> TimeTravelReport {
        guard let answer = try? await client.advanceClock(by: jump.seconds) else {
            return TimeTravelReport(jump: jump, seconds: 0, nothingWaiting: jump.seconds == nil)
        }
        let seconds = answer.advancedSeconds ?? 0
        localClock.advance(by: seconds)
        return TimeTravelReport(
            jump: jump, seconds: seconds, activity: answer.settled ?? [], nothingWaiting: answer.nothingWaiting ?? false)
    }

    func advance(by seconds: TimeInterval) async -> [APOActivity] {
        guard let answer = try? await client.advanceClock(by: seconds) else { return [] }
        localClock.advance(by: answer.advancedSeconds ?? 0)
        return answer.settled ?? []
    }

    /// This merchant's outcomes queued for whichever payment comes next, from `answer` or read afresh.
    private func pending(in answer: ControlAnswer?) async -> [ForcedOutcome] {
        var state = answer?.state
        if state == nil { state = try? await client.state().state }
        return (state?.forcedOutcomes ?? []).filter { $0.clientId == clientId && $0.paymentRequestId == nil }
            .compactMap { ForcedOutcome(stepName: $0.outcome) }
    }
}
