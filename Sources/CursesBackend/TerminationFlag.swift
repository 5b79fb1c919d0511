import Synchronization

/// The first termination signal received, raised on a signal-handling queue and read by the main actor.
final class TerminationFlag: Sendable {
    private let signal = Mutex<Int32?>(nil)

    func raise(_ number: Int32) {
        signal.withLock { $0 = $0 ?? number }
    }

    var isRaised: Bool { received != nil }

    var received: Int32? { signal.withLock { $0 } }
}
