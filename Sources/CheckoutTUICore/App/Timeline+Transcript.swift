import Foundation

extension Timeline {
    /// The entries as plain text, one line each (`12:00:05 SDK  SDK_PAYMENT_SUCCESSFUL  S · SUCCESS`), for
    /// printing after the session or when there is no screen.
    public func transcript(timeZone: TimeZone) -> [String] {
        let clock = ClockText(timeZone: timeZone)
        var lines: [String] = []
        var previous: Date?
        for entry in entries {
            if clock.dayChanges(from: previous, to: entry.time) { lines.append("-- \(clock.day(entry.time)) --") }
            previous = entry.time
            // Entries with no facts of their own (notes, merchant steps) say why in their detail.
            let facts = entry.summary.isEmpty ? entry.detail ?? "" : entry.summary
            lines.append(
                [clock.time(entry.time), entry.source.rawValue.padded(toWidth: 4), entry.title, facts]
                    .filter { !$0.isEmpty }.joined(separator: " "))
        }
        return lines
    }
}
