import CheckoutDomain
import CheckoutTUICore
import Foundation

/// The app over an in-process mock APO on a manual clock with sequential ids: every run gives the same frames.
@MainActor
struct AppHarness {
    nonisolated static let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z
    /// Antom's sandbox Visa that succeeds.
    nonisolated static let visa = "4054695723100768"

    let clock: ManualClock
    let apo: MockAPO
    let receiver: MerchantWebhookReceiver
    let environment: AppEnvironment
    let runner: AppEffectRunner

    init(_ scenarioName: String, mode: CheckoutMode = .embedded, glyphs: Glyphs = .unicode) throws {
        let cards = try SandboxTestCards.bundled()
        let scenario = try ScenarioLibrary(testCards: cards).load(scenarioName)
        let clock = ManualClock(Self.start)
        let receiver = MerchantWebhookReceiver()
        let store = InMemoryAPOStore(initial: ScenarioVault.snapshot(for: scenario, testCards: cards, savedAt: Self.start))
        let apo = try MockAPO.bundled(clock: clock, ids: SequentialIDGenerator(), store: store, sink: receiver)
        self.clock = clock
        self.apo = apo
        self.receiver = receiver
        self.environment = try AppEnvironment.bundled(
            scenario: scenario, scenarioName: scenarioName, mode: mode, clock: clock,
            ids: SequentialIDGenerator(prefix: "20260102"), timeZone: TimeZone(identifier: "UTC") ?? .current,
            glyphs: glyphs)
        self.runner = AppEffectRunner(
            merchantServer: apo, checkoutPage: apo, notifications: MockNotificationFeed(apo: apo, receiver: receiver))
    }

    /// Runs the app headless through `script`; every command settles before the next key.
    func run(_ script: [ScriptStep], size: Size = Size(width: 80, height: 24)) async -> AppRun {
        let runner = runner
        let program = Program(model: CheckoutApp(environment: environment, size: size), backend: ScriptedBackend(size: size, script: script)) {
            command in await runner.perform(command)
        }
        let app = await program.runHeadless()
        return AppRun(app: app, frames: program.backend.frames)
    }
}

/// What a headless run left: the final model and every frame presented.
struct AppRun {
    let app: CheckoutApp
    let frames: [ScreenBuffer]

    var state: AppState { app.state }
    var last: ScreenBuffer { frames[frames.count - 1] }
    var lastText: String { last.textLines().joined(separator: "\n") }
    var timelineTitles: [String] { state.timeline.entries.map(\.title) }
}

/// Builds key scripts: named keys (tmux names), typed text one key per character, ticks.
enum Script {
    static func keys(_ names: String...) -> [ScriptStep] {
        names.map { name in
            // The names are literals in the tests; an unknown one is a test bug, shown as an unknown key.
            .key((try? Key(name: name)) ?? .unknown)
        }
    }

    static func text(_ text: String) -> [ScriptStep] {
        text.map { .key(.character($0)) }
    }

    static let tick: [ScriptStep] = [.timeout]

    /// From the first row of sg-card-first-payment (Google Pay, Alipay, then Card) into the card form.
    static let openCardForm = keys("Down", "Down", "Enter")

    /// Fills the card form with the sandbox Visa and pays, ticking "save this card" when asked.
    static func payByCard(saveCard: Bool) -> [ScriptStep] {
        openCardForm + text(AppHarness.visa) + keys("Tab") + text("1230") + keys("Tab") + text("123") + keys("Tab")
            + text("GAGA TEST") + (saveCard ? keys("Tab", "Space") : []) + keys("Enter")
    }
}
