import Foundation

/// How long a payment of a method can still be cancelled (docs.antom.com/ac/cashierpay/cancel, "Cancellation
/// periods of payment methods"): cancelling a paid payment inside it refunds the buyer in full.
///
/// In `payment-methods.json`: `"none"`, `"untilPaid"`, `"nextDay"` (the "other payment methods" rule) or
/// `{"daysAfterPayment": 7}`.
public enum CancelWindow: Hashable, Sendable, Codable {
    /// "Cancellation is not allowed" (Indonesia-based methods, JKOPay).
    case notAllowed
    /// Only before the payment completes; a paid payment cannot be cancelled (Thai online banking and transfers).
    case untilPaid
    /// Up to this many days after the payment (cards, counted from the authorisation; Mercado Pago).
    case daysAfterPayment(Int)
    /// "A paid transaction can be canceled before 00:15 on T+1 day (UTC+8:00)": every other method.
    case nextDay

    /// The last moment a payment made (or, unpaid, created) at `paidAt` can be cancelled; nil when never.
    public func deadline(paidAt: Date) -> Date? {
        switch self {
        case .notAllowed: return nil
        case .untilPaid: return .distantFuture
        case .daysAfterPayment(let days): return paidAt.addingTimeInterval(TimeInterval(days) * 24 * 3600)
        case .nextDay:
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = Self.beijing
            let day = calendar.startOfDay(for: paidAt)
            return calendar.date(byAdding: DateComponents(day: 1, minute: 15), to: day)
        }
    }

    /// The window in words, for answers and the timeline.
    public var label: String {
        switch self {
        case .notAllowed: "cancellation is not allowed for this method"
        case .untilPaid: "until the payment completes"
        case .daysAfterPayment(let days): "up to \(days) days after the payment"
        case .nextDay: "until 00:15 (UTC+8) on the day after the payment"
        }
    }

    /// UTC+8, the zone Antom's T+1 rule is stated in.
    static let beijing = TimeZone(secondsFromGMT: 8 * 3600) ?? .gmt

    private enum Keys: String, CodingKey { case daysAfterPayment }

    public init(from decoder: any Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: Keys.self),
            let days = try keyed.decodeIfPresent(Int.self, forKey: .daysAfterPayment)
        {
            self = .daysAfterPayment(days)
            return
        }
        let word = try decoder.singleValueContainer().decode(String.self)
        switch word {
        case "none": self = .notAllowed
        case "untilPaid": self = .untilPaid
        case "nextDay": self = .nextDay
        default:
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription:
                        "cancelWindow '\(word)' is not one of none, untilPaid, nextDay or {\"daysAfterPayment\": N}"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .daysAfterPayment(let days):
            var keyed = encoder.container(keyedBy: Keys.self)
            try keyed.encode(days, forKey: .daysAfterPayment)
        case .notAllowed: try Self.encode("none", to: encoder)
        case .untilPaid: try Self.encode("untilPaid", to: encoder)
        case .nextDay: try Self.encode("nextDay", to: encoder)
        }
    }

    private static func encode(_ word: String, to encoder: any Encoder) throws {
        var single = encoder.singleValueContainer()
        try single.encode(word)
    }
}
