import Foundation

/// A flag raised on a signal-handling queue and read by the main actor.
final class TerminationFlag: @unchecked Sendable {
    // Unchecked because the compiler cannot see that every access to `raised` holds `lock`.
    private let lock = NSLock()
    private var raised = false

    func raise() {
        lock.withLock { raised = true }
    }

    var isRaised: Bool {
        lock.withLock { raised }
    }
}
