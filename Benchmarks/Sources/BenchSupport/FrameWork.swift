import CheckoutTUICore

/// What `Program.present` does for one frame without a terminal: `view(size:)` builds the buffer, then it is
/// compared with the frame on screen (equal content, so the comparison runs to the end, its worst case).
public struct FrameWork {
    public let app: CheckoutApp
    public let size: Size
    private let onScreen: ScreenBuffer

    public init(app: CheckoutApp, size: Size) {
        // Settled for the frame once, as `Program.present` does before the first of a run of equal frames.
        var app = app
        app.prepareFrame(size: size)
        self.app = app
        self.size = size
        onScreen = app.view(size: size)
    }

    /// Builds and compares one frame; returns whether it differed, so the work cannot be optimised away.
    public func frame() -> Bool {
        app.view(size: size) != onScreen
    }
}
