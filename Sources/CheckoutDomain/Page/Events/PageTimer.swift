import Foundation

/// The page's timers; the host schedules them on its clock and sends `timerFired` back.
public enum PageTimer: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
    /// At the session's `paymentSessionExpiryTime`.
    case sessionExpiry
    /// Once a second while a QR code is shown, and at its `expireTime`; once, at a voucher's deadline.
    case codeCountdown

    public static func < (lhs: PageTimer, rhs: PageTimer) -> Bool { lhs.rawValue < rhs.rawValue }
}
