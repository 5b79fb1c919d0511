import Foundation

/// Times as the screen writes them, `HH:mm:ss` in the environment's time zone, without the process locale.
struct ClockText: Sendable {
    let calendar: Calendar
    /// The zone's identifier: what laid-out timeline lines are kept for.
    let zone: String

    init(timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
        zone = timeZone.identifier
    }

    /// `2026-01-08`: said when the day changes between two timeline entries.
    func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(parts.year ?? 0)-" + Self.twoDigits(parts.month ?? 0) + "-" + Self.twoDigits(parts.day ?? 0)
    }

    /// Whether `date` falls on a later or earlier day than `previous` (nil: there is no previous entry).
    func dayChanges(from previous: Date?, to date: Date) -> Bool {
        guard let previous else { return false }
        return !calendar.isDate(previous, inSameDayAs: date)
    }

    func time(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return [parts.hour, parts.minute, parts.second].map { Self.twoDigits($0 ?? 0) }.joined(separator: ":")
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
