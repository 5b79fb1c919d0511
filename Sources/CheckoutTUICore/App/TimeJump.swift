import CheckoutDomain
import Foundation

/// How far the time-travel menu moves the simulated clock, each step named for the deadline it reaches.
public enum TimeJump: String, CaseIterable, Hashable, Sendable {
    case oneMinute
    /// The default APM and 3DS timeout: an abandoned wallet or challenge closes (ORDER_IS_CLOSED).
    case apmTimeout
    /// The payment session's longest life: the page's session expires.
    case sessionExpiry
    /// The voucher deadline (KONBINI, PAYEASY).
    case voucherDeadline
    /// To the next notification attempt Antom has scheduled, whenever that is.
    case nextNotificationRetry

    /// The fixed distance; nil for the next notification retry, which the APO's outbox decides.
    public var seconds: TimeInterval? {
        switch self {
        case .oneMinute: 60
        case .apmTimeout: 14 * 60
        case .sessionExpiry: 3600
        case .voucherDeadline: 7 * 24 * 3600
        case .nextNotificationRetry: nil
        }
    }

    /// The menu's line: the distance, then the deadline it reaches, in the session's language.
    var label: (distance: StringKey, deadline: StringKey?) {
        switch self {
        case .oneMinute: (.leverJumpMinute, nil)
        case .apmTimeout: (.leverJumpAPMTimeout, .leverAPMTimeoutNote)
        case .sessionExpiry: (.leverJumpHour, .leverSessionExpiryNote)
        case .voucherDeadline: (.leverJumpWeek, .leverVoucherDeadlineNote)
        case .nextNotificationRetry: (.leverNextRetry, nil)
        }
    }
}

/// What a time jump did: how far the clock moved and what the APO settled on its own meanwhile.
public struct TimeTravelReport: Equatable, Sendable {
    public var jump: TimeJump
    public var seconds: TimeInterval
    /// Payments closed or completed, sessions expired, in time order.
    public var activity: [APOActivity] = []
    /// The next-retry jump found no notification waiting, so the clock did not move.
    public var nothingWaiting = false

    public init(jump: TimeJump, seconds: TimeInterval, activity: [APOActivity] = [], nothingWaiting: Bool = false) {
        self.jump = jump
        self.seconds = seconds
        self.activity = activity
        self.nothingWaiting = nothingWaiting
    }
}

extension TimeInterval {
    /// `+14 min`, `+1 h`, `+7 days`, `+2 h 5 min` for the timeline.
    var travelText: String {
        let total = Int(self.rounded())
        let (days, hours, minutes, seconds) = (total / 86400, total % 86400 / 3600, total % 3600 / 60, total % 60)
        var parts: [String] = []
        if days > 0 { parts.append(days == 1 ? "1 day" : "\(days) days") }
        if hours > 0 { parts.append("\(hours) h") }
        if minutes > 0 { parts.append("\(minutes) min") }
        if seconds > 0 || parts.isEmpty { parts.append("\(seconds) s") }
        return "+" + parts.joined(separator: " ")
    }
}
