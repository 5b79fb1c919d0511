import CheckoutFuzzing
import Testing

/// A seeded run shares its thread: under the full `swift test` on two cores, two fuzz runs that never gave their
/// threads back starved every other test for minutes (a 90-second notification wait failed with nothing recorded).
/// Here the run and a waiting task share one actor, the main actor, so the waiting task gets in only if the run
/// lets it.
@MainActor
@Suite struct SeededRunSharingTests {
    /// Set by a task queued on the main actor before the run starts.
    @MainActor final class Probe {
        var ran = false
    }

    @Test("a task queued beside a seeded run runs after its first input, not after its last")
    func runGivesItsThreadBack() async {
        let probe = Probe()
        Task { probe.ran = true }
        var inputsBeforeTheProbe = 0
        let report = await SeededRun.run(
            target: "sharing", count: 1_000, seed: 1, input: { index, _ in [UInt8(index % 256)] }
        ) { _ in
            if !probe.ran { inputsBeforeTheProbe += 1 }
            return nil
        }
        #expect(report.inputs == 1_000)
        #expect(probe.ran)
        #expect(inputsBeforeTheProbe == 1, "the queued task waited for \(inputsBeforeTheProbe) inputs")
    }
}
