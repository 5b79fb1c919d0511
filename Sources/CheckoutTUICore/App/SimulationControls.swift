import CheckoutDomain
import Foundation

/// The levers a simulated APO offers QA and demos: forcing the next outcomes and moving time.
///
/// The in-process mock has them (`MockSimulationControls`), and so has `checkout-tui serve` over
/// `/sim/v1/control`; Antom's gateway has none, so `AppEffectRunner` takes them as an optional capability.
public protocol SimulationControls: Sendable {
    /// Queues `outcomes` and returns every forced outcome not yet consumed, oldest first.
    nonisolated(nonsending) func force(_ outcomes: [ForcedOutcome]) async -> [ForcedOutcome]
    /// The forced outcomes not yet consumed, oldest first.
    nonisolated(nonsending) func pendingForcedOutcomes() async -> [ForcedOutcome]
    /// Moves the clock by `jump` and lets the APO settle what the new time decides.
    nonisolated(nonsending) func travel(_ jump: TimeJump) async -> TimeTravelReport
    /// Moves the clock by any number of seconds (play's `advanceClock`) and returns what the APO settled.
    nonisolated(nonsending) func advance(by seconds: TimeInterval) async -> [APOActivity]
}

/// A clock the presenter can move forward: `ManualClock` in tests, `OffsetClock` in the live run.
public protocol TimeTraveling: WallClock {
    func advance(by seconds: TimeInterval)
}

extension ManualClock: TimeTraveling {}
extension OffsetClock: TimeTraveling {}

/// The controls of the in-process `MockAPO` on its time-travelling clock.
public struct MockSimulationControls: SimulationControls {
    private let apo: MockAPO
    private let clock: any TimeTraveling

    public init(apo: MockAPO, clock: any TimeTraveling) {
        self.apo = apo
        self.clock = clock
    }

    public nonisolated(nonsending) func force(_ outcomes: [ForcedOutcome]) async -> [ForcedOutcome] {
        await apo.force(outcomes)
        return await apo.pendingForcedOutcomes
    }

    public nonisolated(nonsending) func pendingForcedOutcomes() async -> [ForcedOutcome] {
        await apo.pendingForcedOutcomes
    }

    public nonisolated(nonsending) func travel(_ jump: TimeJump) async -> TimeTravelReport {
        let seconds: TimeInterval
        if let fixed = jump.seconds {
            seconds = fixed
        } else {
            guard let next = await apo.nextNotificationAttemptAt() else {
                return TimeTravelReport(jump: jump, seconds: 0, nothingWaiting: true)
            }
            seconds = max(0, next.timeIntervalSince(clock.now()))
        }
        return TimeTravelReport(jump: jump, seconds: seconds, activity: await advance(by: seconds))
    }

    public nonisolated(nonsending) func advance(by seconds: TimeInterval) async -> [APOActivity] {
        clock.advance(by: seconds)
        // Only what the APO decided by itself as time passed; queued notifications show when they are delivered.
        return await apo.settle().filter { [.paymentSettled, .sessionExpired].contains($0.kind) }
    }
}
