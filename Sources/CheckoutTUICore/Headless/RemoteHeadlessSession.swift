import CheckoutDomain
import Foundation

/// The app without a terminal against an APO over HTTP (`checkout-tui play --apo`): the same keys and commands as
/// `HeadlessSession`, but time is the machine's. Expectations poll in real time, short `advanceClock` steps wait
/// for real, and the levers only the in-process mock has (forcing outcomes, long clock jumps) fail the step.
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
    private let size: Size

    /// `checkout` should run on the machine's clock, as the APO does; `patience` is in real seconds.
    public init(checkout: RemoteCheckout, merchantServer: any APOClient, size: Size, patience: TimeInterval = HeadlessPlayer.patience) {
        app = CheckoutApp(environment: checkout.environment, size: size)
        self.merchantServer = merchantServer
        runner = checkout.runner
        self.size = size
        self.patience = patience
    }

    public var isFinished: Bool { app.isFinished }

    public var frame: ScreenBuffer { app.view(size: size) }

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
        guard seconds <= Self.longestRealWait else {
            throw StepProblem(
                "moving the clock \(Self.written(seconds)) needs the in-process mock's simulated clock; over HTTP (--apo) "
                    + "time passes only in real time, and play waits at most \(Int(Self.longestRealWait)) s")
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
        throw StepProblem(
            "forcing outcomes needs the in-process mock; over HTTP (--apo) the APO decides every outcome itself "
                + "(choose a test card or wallet answer that gives it)")
    }
}
