/// A backend that ends the program right after its first frame is shown: for measuring start-up
/// (`--exit-after-first-frame`) and for proving the terminal is restored when the program crashes.
///
/// After the first `present` it runs `afterFirstFrame` once, then answers every read with `.terminate`, so the
/// program takes its ordinary way out (model sees the request, commands are cancelled, the caller restores the tty).
@MainActor
public struct FirstFrameStop<Base: TerminalBackend>: TerminalBackend {
    public private(set) var base: Base
    private let afterFirstFrame: @MainActor () -> Void
    private var hasPresented = false

    public init(_ base: Base, afterFirstFrame: @escaping @MainActor () -> Void = {}) {
        self.base = base
        self.afterFirstFrame = afterFirstFrame
    }

    public var size: Size { base.size }
    public var supportsColor: Bool { base.supportsColor }
    public var supportsUTF8: Bool { base.supportsUTF8 }
    public var supportsMouse: Bool { base.supportsMouse }
    public var isInputExhausted: Bool { false }

    public mutating func nextKey(timeoutMilliseconds: Int) -> Key? {
        hasPresented ? .terminate : base.nextKey(timeoutMilliseconds: timeoutMilliseconds)
    }

    public mutating func present(_ buffer: ScreenBuffer) {
        base.present(buffer)
        guard !hasPresented else { return }
        hasPresented = true
        afterFirstFrame()
    }
}
