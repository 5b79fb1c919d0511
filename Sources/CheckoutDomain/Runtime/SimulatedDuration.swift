import Foundation

/// A span of simulated time as people write it: seconds as a number, or `"90s"`, `"15m"`, `"2h"`, `"7d"`.
///
/// Steps files (`advanceClock`), `POST /sim/v1/control/clock` and `checkout-tui sim clock` read the same forms.
public enum SimulatedDuration {
    /// The forms, for error messages.
    public static let examples = "a positive number of seconds, or a string like \"90s\", \"15m\", \"2h\", \"7d\""

    private static let units: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]

    /// Seconds from `text`; nil unless it is a positive, finite amount in one of the forms.
    public static func seconds(_ text: String) -> TimeInterval? {
        let seconds: TimeInterval?
        if let last = text.last, let unit = units[last] {
            seconds = TimeInterval(text.dropLast()).map { $0 * unit }
        } else {
            seconds = TimeInterval(text)
        }
        guard let seconds, seconds > 0, seconds.isFinite else { return nil }
        return seconds
    }
}
