import CheckoutDomain
import Foundation

/// A recorded interactive run (`checkout-tui --record FILE`): what to open, how, and every key with its time.
///
/// Digits typed into the card-number field are never stored: a run of them that is one of Antom's sandbox test
/// cards becomes `{"testCard": "…0768", "times": [...]}`, resolved by its last four at replay; any other number
/// is stored as zeros, which the page rejects on replay (docs/qa.md). CVV and expiry digits are stored as
/// `{"masked": "cvv", "times": [...]}` and `{"masked": "expiry", "expiry": "valid", "times": [...]}`, replayed as
/// digits that mean the same to the page.
public struct Recording: Codable, Equatable, Sendable {
    public static let currentVersion = 1

    public var version: Int
    /// The bundled name or path the run was opened with.
    public var scenario: String
    /// The scenario as it ran (after `--locale`; vault card numbers reduced to their masked form), so the
    /// recording replays the same on another machine; without it, `scenario` is loaded by name.
    public var embeddedScenario: Scenario?
    public var width: Int
    public var height: Int
    /// `embedded` or `hosted`.
    public var mode: String
    public var ascii: Bool
    public var monochrome: Bool
    /// The explain pane was open at start (`--explain`).
    public var explain: Bool
    /// When the run started (ISO 8601); the replay's clock starts here.
    public var startedAt: String
    /// The time zone the run's header and timeline were written in (`Europe/Warsaw`); the replay writes the same.
    /// Absent in older recordings, which were written in UTC.
    public var timeZone: String?
    public var events: [RecordedEvent]

    public init(
        scenario: String, embeddedScenario: Scenario?, size: Size, mode: CheckoutMode, ascii: Bool, monochrome: Bool,
        explain: Bool, startedAt: Date, timeZone: TimeZone = .gmt, events: [RecordedEvent]
    ) {
        version = Self.currentVersion
        self.scenario = scenario
        self.embeddedScenario = embeddedScenario
        width = size.width
        height = size.height
        self.mode = mode.rawValue
        self.ascii = ascii
        self.monochrome = monochrome
        self.explain = explain
        self.startedAt = ISOTimestamp.format(startedAt)
        self.timeZone = timeZone.identifier
        self.events = events
    }

    public var size: Size { Size(width: width, height: height) }

    /// The zone to write times in; UTC for a recording that names none (or one this machine does not know).
    public var zone: TimeZone { timeZone.flatMap(TimeZone.init(identifier:)) ?? .gmt }
}

/// One input: a key by its name, a sandbox test card typed digit by digit, or a masked CVV or expiry.
public struct RecordedEvent: Codable, Equatable, Sendable {
    /// Milliseconds since the run started.
    public var at: Int
    /// A `Key(name:)` name.
    public var key: String?
    /// `…0768`: the sandbox test card with these last four digits.
    public var testCard: String?
    /// When each of the card's digits was typed, in milliseconds since the start.
    public var times: [Int]?
    /// `cvv` or `expiry`: digits typed into that field, never stored.
    public var masked: FormField?
    /// For a masked expiry: what the typed date meant to the page.
    public var expiry: ExpiryMeaning?

    public init(at: Int, key: String) {
        self.at = at
        self.key = key
    }

    public init(testCard: String, times: [Int]) {
        at = times.first ?? 0
        self.testCard = testCard
        self.times = times
    }

    /// Digits typed into the CVV or expiry field, kept as their count and times (and the expiry's meaning).
    init(masked: MaskedDigits, times: [Int]) {
        at = times.first ?? 0
        self.times = times
        switch masked {
        case .cvv: self.masked = .cvv
        case .expiry(let meaning):
            self.masked = .expiry
            expiry = meaning
        }
    }
}

/// A secret field's digits as a recording keeps them.
enum MaskedDigits {
    case cvv
    case expiry(ExpiryMeaning)
}

/// What a typed expiry meant to the page, all a replay needs to type one that means the same.
public enum ExpiryMeaning: String, Codable, Equatable, Sendable {
    /// MM/YY, month 01–12, not past.
    case valid
    /// Month 00 or above 12.
    case invalidMonth
    /// A valid month that has passed.
    case past
    /// Fewer or more than four digits.
    case incomplete

    public init(typed digits: String, at date: Date) {
        guard digits.count == 4, let expiry = CardExpiry(text: digits) else {
            self = .incomplete
            return
        }
        self = !expiry.hasValidMonth ? .invalidMonth : expiry.isValid(at: date) ? .valid : .past
    }

    /// Four digits with this meaning at `date` (December, three years on; month 13; last January), cut to `count`.
    public func digits(count: Int, at date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let year = calendar.component(.year, from: date) % 100
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let text: String
        switch self {
        case .valid, .incomplete: text = "12" + two((year + 3) % 100)
        case .invalidMonth: text = "13" + two((year + 3) % 100)
        case .past: text = "01" + two((year + 99) % 100)
        }
        return String(text.prefix(count)) + String(repeating: "0", count: max(0, count - text.count))
    }
}
