import CheckoutTUICore
import Synchronization

/// A run's effect runner, which the live run wires after its first frame: the in-process mock is built then
/// (`wireMock`), before any command reaches it and any key is read, so the buyer sees the page without waiting for
/// it (docs/performance.md). Over HTTP, and for `--record`, the runner is there from the start.
final class RunEffects: Sendable {
    /// Builds the in-process mock; nil once built, or when there is none to build.
    private let build: Mutex<(@Sendable () throws(HeadlessSetupError) -> SimulatedCheckout)?>
    /// The runner, ready once the scenario's forced outcomes are queued on the mock.
    private let runner: Mutex<Task<AppEffectRunner, Never>?>
    /// Why the mock could not be built, to report once the terminal is restored.
    private let failure = Mutex<HeadlessSetupError?>(nil)

    init(_ runner: AppEffectRunner) {
        build = Mutex(nil)
        self.runner = Mutex(Task { runner })
    }

    init(building: @escaping @Sendable () throws(HeadlessSetupError) -> SimulatedCheckout) {
        build = Mutex(building)
        runner = Mutex(nil)
    }

    /// Builds the mock if it is still to be built.
    func wireMock() throws(HeadlessSetupError) {
        guard let pending = build.withLock({ slot in defer { slot = nil }; return slot }) else { return }
        let checkout = try pending()
        // A scenario may force its first outcomes (docs/scenarios.md, `outcomes`): queued before any command.
        runner.withLock { $0 = Task { await checkout.forceScenarioOutcomes(); return checkout.runner } }
    }

    /// `wireMock` for `AfterFirstFrame`: false when the mock cannot be built, `buildError` saying why.
    @MainActor
    func wireMockAfterFirstFrame() -> Bool {
        do {
            try wireMock()
            return true
        } catch {
            failure.withLock { $0 = error }
            return false
        }
    }

    var buildError: HeadlessSetupError? { failure.withLock { $0 } }

    func perform(_ command: AppCommand) async -> [AppMessage] {
        // Only a run that ends at its first frame (`--exit-after-first-frame`) never wires its mock; the commands it
        // started are cancelled with it, their answers unread.
        guard let runner = runner.withLock({ $0 }) else { return [] }
        return await runner.value.perform(command)
    }
}
