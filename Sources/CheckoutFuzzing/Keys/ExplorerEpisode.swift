import CheckoutDomain
import CheckoutTUICore
import Foundation

/// One run of the app on one scenario, wired as the live TUI wires the in-process mock (forcing outcomes and
/// time travel included) but on a `ManualClock`, with every command finished before the next input, as
/// `HeadlessSession` does.
struct ExplorerEpisode {
    private(set) var app: CheckoutApp
    let apo: MockAPO
    let scenarioName: String
    private let runner: AppEffectRunner
    private let clock: ManualClock
    private(set) var size: Size

    static func start(
        scenario: Scenario, name: String, size: Size, glyphs: Glyphs, testCards: SandboxTestCards
    ) async throws(HeadlessSetupError) -> ExplorerEpisode {
        let clock = ManualClock(SimulatedCheckout.defaultStart)
        let checkout = try SimulatedCheckout(
            scenario: scenario, scenarioName: name,
            mode: scenario.mode.flatMap { CheckoutMode(rawValue: $0.rawValue) } ?? .embedded, clock: clock,
            testCards: testCards, glyphs: glyphs)
        await checkout.forceScenarioOutcomes()
        var episode = ExplorerEpisode(
            app: CheckoutApp(environment: checkout.environment, size: size), apo: checkout.apo, scenarioName: name,
            runner: checkout.runner, clock: clock, size: size)
        await episode.perform(episode.app.start())
        return episode
    }

    var isFinished: Bool { app.isFinished }

    var frame: ScreenBuffer { app.view(size: size) }

    mutating func apply(_ step: ExplorerStep) async {
        guard !app.isFinished else { return }
        switch step {
        case .key(let key):
            if case .resize(let newSize) = key { size = newSize }
            await perform(app.update(.key(key)))
        case .tick:
            await perform(app.update(.tick))
        case .advance(let seconds):
            // At most ten ticks per wait, so a day's wait costs no more than a minute's.
            let ticks = min(seconds, 10)
            for _ in 0..<ticks where !app.isFinished {
                clock.advance(by: TimeInterval(seconds) / TimeInterval(ticks))
                await apo.settle()
                await perform(app.update(.tick))
            }
        }
    }

    /// Runs commands breadth first, each command's messages in order, as `HeadlessSession` does.
    private mutating func perform(_ commands: [AppCommand]) async {
        var queue = commands
        while !queue.isEmpty, !app.isFinished {
            let command = queue.removeFirst()
            for message in await runner.perform(command) {
                guard !app.isFinished else { return }
                queue += app.update(message)
            }
        }
    }
}
