import CheckoutTUICore

/// The screens whose frame cost is measured, each reached the way a buyer reaches it.
public enum FrameScreen: String, CaseIterable, Sendable {
    /// The embedded page listing express and other methods, beside the timeline pane: the screen a session
    /// spends most of its time on.
    case methods
    /// After a card payment: the merchant's result page and a longer timeline.
    case result

    /// The app in this state at `size`.
    @MainActor
    public func app(size: Size, loop: CheckoutLoop) async -> CheckoutApp {
        var app = loop.nextApp(size: size)
        await loop.started(&app)
        if self == .result { await loop.pay(&app) }
        return app
    }
}
