import CheckoutDomain
import Foundation

/// The app without a terminal: keys and ticks go through `CheckoutApp.update`, and every command it returns runs
/// to completion (its messages fed back in order) before the next input, so a run is the same every time.
///
/// This is `Program.runHeadless` with the loop turned inside out: the caller decides what happens next, which
/// the steps runner needs to inquire or move the clock between keys.
@MainActor
public final class HeadlessSession {
    public private(set) var app: CheckoutApp
    public let checkout: SimulatedCheckout
    public let clock: ManualClock
    public private(set) var size: Size

    public init(checkout: SimulatedCheckout, clock: ManualClock, size: Size) {
        self.checkout = checkout
        self.clock = clock
        self.size = size
        app = CheckoutApp(environment: checkout.environment, size: size)
    }

    /// Forces the scenario's outcomes, then lets the merchant create the session and the page load.
    public func start() async {
        await checkout.forceScenarioOutcomes()
        await perform(app.start())
    }

    public var isFinished: Bool { app.isFinished }

    /// What the terminal would show now, settled for the frame as `Program` settles it.
    public var frame: ScreenBuffer {
        app.prepareFrame(size: size)
        return app.view(size: size)
    }

    public func press(_ key: Key) async {
        guard !app.isFinished else { return }
        if case .resize(let newSize) = key { size = newSize }
        await update(.key(key))
    }

    public func update(_ message: AppMessage) async {
        guard !app.isFinished else { return }
        await perform(app.update(message))
    }

    public func tick() async {
        await update(.tick)
    }

    /// Moves simulated time on: the mock settles what the clock passed (timeouts, delayed results, expiry), then
    /// the app ticks (page timers, notification deliveries). One tick per `step` so timers fire in order.
    public func advance(by seconds: TimeInterval, step: TimeInterval = 1) async {
        var left = seconds
        while left > 0, !app.isFinished {
            let move = min(step, left)
            clock.advance(by: move)
            left -= move
            await checkout.apo.settle()
            await tick()
        }
    }

    func perform(_ commands: [AppCommand]) async {
        app = await CommandQueue.run(commands, on: app, with: checkout.runner)
    }
}
