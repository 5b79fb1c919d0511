import CheckoutDomain
import CheckoutTUICore
import Foundation

/// The app over the in-process mock with its QA levers wired (forced outcomes, time travel on a manual clock),
/// optionally in another locale or with the explain pane open: every run gives the same frames.
@MainActor
struct InteractiveHarness {
    let clock: ManualClock
    let apo: MockAPO
    var environment: AppEnvironment
    let runner: AppEffectRunner

    /// - Parameters:
    ///   - controls: wire the mock's levers (false: as over HTTP, where the menus say they are unavailable).
    init(
        _ scenarioName: String, locale: String? = nil, explaining: Bool = false, controls: Bool = true,
        mode: CheckoutMode = .embedded
    ) throws {
        let cards = try SandboxTestCards.bundled()
        var scenario = try ScenarioLibrary(testCards: cards).load(scenarioName)
        if let locale { scenario = try LocaleOverride.apply(locale, to: scenario, available: Strings.bundled().locales) }
        let clock = ManualClock(AppHarness.start)
        let receiver = MerchantWebhookReceiver()
        let store = InMemoryAPOStore(initial: ScenarioVault.snapshot(for: scenario, testCards: cards, savedAt: AppHarness.start))
        let apo = try MockAPO.bundled(clock: clock, ids: SequentialIDGenerator(), store: store, sink: receiver)
        var environment = try AppEnvironment.bundled(
            scenario: scenario, scenarioName: scenarioName, mode: mode, clock: clock,
            ids: SequentialIDGenerator(prefix: "20260102"), timeZone: TimeZone(identifier: "UTC") ?? .current)
        environment.explainsAtStart = explaining
        environment.offersSimulationControls = controls
        self.clock = clock
        self.apo = apo
        self.environment = environment
        self.runner = AppEffectRunner(
            merchantServer: apo, checkoutPage: apo, notifications: MockNotificationFeed(apo: apo, receiver: receiver),
            controls: controls ? MockSimulationControls(apo: apo, clock: clock) : nil)
    }

    func run(_ script: [ScriptStep], size: Size = Size(width: 80, height: 24)) async -> AppRun {
        let runner = runner
        let program = Program(
            model: CheckoutApp(environment: environment, size: size), backend: ScriptedBackend(size: size, script: script)
        ) { command in await runner.perform(command) }
        let app = await program.runHeadless()
        return AppRun(app: app, frames: program.backend.frames)
    }
}

extension AppRun {
    /// The timeline's entries as `title · summary`, for readable expectations.
    var timelineLines: [String] { state.timeline.entries.map { "\($0.title) · \($0.summary)" } }

    func index(ofTitle title: String, after start: Int = -1) -> Int? {
        state.timeline.entries.indices.first { $0 > start && state.timeline.entries[$0].title == title }
    }
}
