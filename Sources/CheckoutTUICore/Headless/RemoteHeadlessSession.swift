import CheckoutDomain
import Foundation

/// The app without a terminal against an APO over HTTP (`checkout-tui play --apo`): the same keys and commands as
/// `HeadlessSession`, but expectations poll in real time. Against `checkout-tui serve` (`remote.controls`),
/// `force` and `advanceClock` of any size move the server's mock and clock as they move the in-process one;
/// against Antom's gateway, short `advanceClock` steps wait for real and the other levers fail the step.
@MainActor
public final class RemoteHeadlessSession {
    /// The longest `advanceClock` worth waiting for in real time; longer ones need the simulated clock.
    public static let longestRealWait: TimeInterval = 60
    /// Between two checks of an expectation, as often as the live terminal ticks.
    static let pollInterval: Duration = .milliseconds(100)

    public private(set) var app: CheckoutApp
    public let merchantServer: any APOClient
    public let patience: TimeInterval
    private let runner: AppEffectRunner
    private let controls: (any SimulationControls)?
    private let size: Size

    /// `checkout` should run on the machine's clock, as the APO does, or on the clock `controls` moves along with a
    /// served mock's; `patience` is in real seconds.
    public init(
        checkout: RemoteCheckout, merchantServer: any APOClient, controls: (any SimulationControls)?, size: Size,
        patience: TimeInterval = HeadlessPlayer.patience
    ) {
        app = CheckoutApp(environment: checkout.environment, size: size)
        self.merchantServer = merchantServer
        self.controls = controls
        runner = checkout.runner
        self.size = size
        self.patience = patience
    }

    public var isFinished: Bool { app.isFinished }

    /// What the terminal would show now, settled for the frame as `Program` settles it.
    public var frame: ScreenBuffer {
        app.prepareFrame(size: size)
        return app.view(size: size)
    }

    public func start() async {
        await perform(app.start())
    }

    public func press(_ key: Key) async {
        await update(.key(key))
    }

    public func update(_ message: AppMessage) async {
        guard !app.isFinished else { return }
        await perform(app.update(message))
    }

    private func tick() async {
        await update(.tick)
    }

    func perform(_ commands: [AppCommand]) async {
        app = await CommandQueue.run(commands, on: app, with: runner)
    }
}

extension RemoteHeadlessSession: PlayableSession {
    var timeUnit: String { "seconds" }
    var savedCardsOrigin: String? {
        "over HTTP (--apo) the page shows only cards the APO saved in its own payments; "
            + "a scenario's vault seeds only the in-process mock"
    }

    func letTimePass() async -> TimeInterval {
        let started = ContinuousClock.now
        try? await Task.sleep(for: Self.pollInterval)
        await tick()
        let elapsed = ContinuousClock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    func advanceClock(by seconds: TimeInterval) async throws(StepProblem) {
        if let controls {
            // The served mock's clock and the app's move together; one tick lets the app's timers catch up.
            _ = await controls.advance(by: seconds)
            await tick()
            return
        }
        guard seconds <= Self.longestRealWait else {
            throw StepProblem(
                "moving the clock \(Self.written(seconds)) needs a simulated clock (the in-process mock's, or "
                    + "checkout-tui serve's); against this gateway time passes only in real time, and play waits at "
                    + "most \(Int(Self.longestRealWait)) s")
        }
        var waited: TimeInterval = 0
        while waited < seconds, !app.isFinished {
            waited += await letTimePass()
        }
    }

    /// Seconds as a steps file would write them: 7d, 2h, 15m, 90s.
    private static func written(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds)
        guard Double(whole) == seconds else { return "\(seconds)s" }
        for (unit, size) in [("d", 86_400), ("h", 3_600), ("m", 60)] where whole % size == 0 {
            return "\(whole / size)\(unit)"
        }
        return "\(whole)s"
    }

    /// Over HTTP the APO's outbox is not known: expectations poll in real time.
    func letTimePassUntilNextDelivery(within limit: TimeInterval) async -> TimeInterval? { nil }

    func force(_ outcomes: [ForcedOutcome]) async throws(StepProblem) {
        if let controls {
            _ = await controls.force(outcomes)
            return
        }
        throw StepProblem(
            "forcing outcomes needs a simulated APO (the in-process mock, or checkout-tui serve); this gateway "
                + "decides every outcome itself (choose a test card or wallet answer that gives it)")
    }
}
