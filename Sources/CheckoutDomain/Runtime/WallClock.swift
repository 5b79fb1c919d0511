import Foundation
import Synchronization

/// Where the simulator reads the time, so tests, replays and time travel control it.
public protocol WallClock: Sendable {
    func now() -> Date
}

/// The machine's clock.
public struct SystemClock: WallClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that moves only when told to: tests, headless runs and time travel.
public final class ManualClock: WallClock {
    private let current: Mutex<Date>

    public init(_ start: Date = Date(timeIntervalSince1970: 1_767_225_600)) {
        current = Mutex(start)
    }

    public func now() -> Date { current.withLock { $0 } }

    public func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    public func set(_ date: Date) {
        current.withLock { $0 = date }
    }
}

/// The system clock shifted by however far the presenter has travelled forward.
public final class OffsetClock: WallClock {
    private let base: any WallClock
    private let offset = Mutex<TimeInterval>(0)

    public init(base: any WallClock = SystemClock()) {
        self.base = base
    }

    public func now() -> Date { base.now().addingTimeInterval(offset.withLock { $0 }) }

    public func advance(by seconds: TimeInterval) {
        offset.withLock { $0 += seconds }
    }

    /// How far the clock has travelled ahead of its base, in seconds.
    public var travelled: TimeInterval { offset.withLock { $0 } }

    /// Back to the base clock's time.
    public func reset() {
        offset.withLock { $0 = 0 }
    }
}
