import CheckoutDomain
import Foundation

/// A recorded interactive run (`checkout-tui --record FILE`): what to open, how, and every key with its time.
///
/// Digits typed into the card-number field are never stored: a run of them that is one of Antom's sandbox test
/// cards becomes `{"testCard": "…0768", "times": [...]}`, resolved by its last four at replay; any other number
/// is stored as zeros, which the page rejects on replay (docs/qa.md).
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
    public var events: [RecordedEvent]

    public init(
        scenario: String, embeddedScenario: Scenario?, size: Size, mode: CheckoutMode, ascii: Bool, monochrome: Bool,
        explain: Bool, startedAt: Date, events: [RecordedEvent]
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
        self.events = events
    }

    public var size: Size { Size(width: width, height: height) }
}

/// One input: a key by its name, or a sandbox test card typed digit by digit.
public struct RecordedEvent: Codable, Equatable, Sendable {
    /// Milliseconds since the run started.
    public var at: Int
    /// A `Key(name:)` name.
    public var key: String?
    /// `…0768`: the sandbox test card with these last four digits.
    public var testCard: String?
    /// When each of the card's digits was typed, in milliseconds since the start.
    public var times: [Int]?

    public init(at: Int, key: String) {
        self.at = at
        self.key = key
    }

    public init(testCard: String, times: [Int]) {
        at = times.first ?? 0
        self.testCard = testCard
        self.times = times
    }
}
