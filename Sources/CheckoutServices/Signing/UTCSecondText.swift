import CheckoutDomain
import Foundation
import Synchronization

/// The text of a whole UTC second, `yyyy-MM-dd<separator>HH:mm:ss<suffix>`, kept for the last second written:
/// `serve` writes hundreds of timestamps a second, and the calendar's components cost more than the rest of each.
final class UTCSecondText: Sendable {
    private let separator: String
    private let suffix: String
    private let last = Mutex<(second: Double, text: String)?>(nil)

    init(separator: String, suffix: String = "") {
        self.separator = separator
        self.suffix = suffix
    }

    /// `second`: seconds since 1970, a whole number.
    func text(second: Double) -> String {
        if let last = last.withLock({ $0 }), last.second == second { return last.text }
        let parts = Calendar.utc.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: second))
        let text =
            String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0) + separator
            + String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0) + suffix
        last.withLock { $0 = (second, text) }
        return text
    }
}
