import Foundation

/// When the app next asks for due notifications: once a second on ticks, and at once after a call that can
/// queue one, never two deliveries at a time.
struct NotificationDelivery: Equatable, Sendable {
    static let interval: TimeInterval = 1
    private(set) var inFlight = false
    /// A delivery was asked for while one was running; run again when it ends.
    private(set) var requested = false
    private(set) var nextCheck = Date.distantPast

    /// Whether to start a delivery now; records that one is running when so.
    mutating func start(now: Date, force: Bool) -> Bool {
        guard !inFlight else {
            if force { requested = true }
            return false
        }
        guard force || now >= nextCheck else { return false }
        inFlight = true
        requested = false
        nextCheck = now.addingTimeInterval(Self.interval)
        return true
    }

    /// The delivery ended; true when another was asked for meanwhile.
    mutating func finish() -> Bool {
        inFlight = false
        return requested
    }
}
