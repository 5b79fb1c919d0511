import CheckoutDomain
import Foundation

/// Plays a `ReplayScript` on a `HeadlessSession` whose ManualClock follows the recording's times.
@MainActor
public final class ReplaySession {
    public let session: HeadlessSession
    public let script: ReplayScript
    private let startedAt: Date
    /// The next action to perform.
    public private(set) var position = 0

    public init(session: HeadlessSession, script: ReplayScript, startedAt: Date) {
        self.session = session
        self.script = script
        self.startedAt = startedAt
    }

    /// Creates the session and loads the page, at the recording's start time.
    public func start() async {
        await session.start()
    }

    public var isDone: Bool { position >= script.actions.count || session.isFinished }

    /// Milliseconds since the start at which the next action happens.
    public var nextAt: Int? { isDone ? nil : script.actions[position].at }

    /// The clock moves to the action's time, the mock settles, then the tick or key goes in.
    public func performNext() async {
        guard !isDone else { return }
        let action = script.actions[position]
        position += 1
        session.clock.set(startedAt.addingTimeInterval(Double(action.at) / 1000))
        await session.checkout.apo.settle()
        switch action {
        case .tick: await session.tick()
        case .key(_, let key): await session.press(key)
        }
    }

    /// Performs actions up to and including the next key (for stepping while paused).
    public func performThroughNextKey() async {
        while !isDone {
            let isKey = if case .key = script.actions[position] { true } else { false }
            await performNext()
            if isKey { return }
        }
    }

    /// The whole replay at once, with every distinct frame and its time in seconds: what export-cast writes.
    public func framesHeadless() async -> [(seconds: Double, frame: ScreenBuffer)] {
        var frames = [(seconds: 0.0, frame: session.frame)]
        while !isDone {
            let at = script.actions[position].at
            await performNext()
            let frame = session.frame
            if frame != frames.last?.frame { frames.append((Double(at) / 1000, frame)) }
        }
        return frames
    }
}
