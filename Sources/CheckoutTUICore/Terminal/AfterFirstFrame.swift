/// A backend that runs work once, right after the first frame is shown and before any input is read: the live
/// run builds its in-process mock there, so the buyer sees the page without waiting for it (docs/performance.md).
///
/// When the work says the run ends there (it failed, or the run stops at its first frame: `firstFrameStop`), every
/// later read answers `.terminate`, so the program takes its ordinary way out and the caller restores the tty.
@MainActor
public struct AfterFirstFrame<Base: TerminalBackend>: TerminalBackend {
    public private(set) var base: Base
    private let work: @MainActor () -> Bool
    private var hasPresented = false
    private var ended = false

    /// - Parameter work: returns whether the run goes on.
    public init(_ base: Base, work: @escaping @MainActor () -> Bool) {
        self.base = base
        self.work = work
    }

    public var size: Size { base.size }
    public var supportsColor: Bool { base.supportsColor }
    public var supportsUTF8: Bool { base.supportsUTF8 }
    public var supportsMouse: Bool { base.supportsMouse }
    public var isInputExhausted: Bool { ended ? false : base.isInputExhausted }

    public mutating func nextKey(timeoutMilliseconds: Int) -> Key? {
        ended ? .terminate : base.nextKey(timeoutMilliseconds: timeoutMilliseconds)
    }

    public mutating func pendingKeys(limit: Int) -> [Key] {
        ended ? [] : base.pendingKeys(limit: limit)
    }

    public mutating func present(_ buffer: ScreenBuffer) {
        base.present(buffer)
        guard !hasPresented else { return }
        hasPresented = true
        ended = !work()
    }
}
