import CheckoutDomain
import Foundation

/// `POST /sim/v1/control/outcomes`: outcomes to force, by their step names (`decline:DO_NOT_HONOR`, `challenge`…),
/// for the next payments or for those of one paymentRequestId.
public struct ControlOutcomesRequest: Codable, Hashable, Sendable {
    public var outcomes: [String]
    public var paymentRequestId: String?
    /// Which merchant's mock takes them when the server hosts several (`serve --merchants`); the only one otherwise.
    public var clientId: String?

    public init(outcomes: [String], paymentRequestId: String? = nil, clientId: String? = nil) {
        self.outcomes = outcomes
        self.paymentRequestId = paymentRequestId
        self.clientId = clientId
    }
}

/// `POST /sim/v1/control/clock`: how far to move the server's simulated clock — `advance` as seconds or
/// `"90s"`, `"15m"`, `"2h"`, `"7d"`, or `until: "nextNotification"` (to the next notification attempt due).
public struct ControlClockRequest: Codable, Hashable, Sendable {
    public var advance: SimulatedSpan?
    public var until: ControlClockTarget?

    public init(advance: SimulatedSpan? = nil, until: ControlClockTarget? = nil) {
        self.advance = advance
        self.until = until
    }
}

/// A clock target other than a fixed span.
public enum ControlClockTarget: String, Codable, Hashable, Sendable, CaseIterable {
    /// The moment the next notification attempt is due, whichever merchant's.
    case nextNotification
}

/// Seconds of simulated time, written as a JSON number or a string such as `"2h"` (`SimulatedDuration`).
public struct SimulatedSpan: Codable, Hashable, Sendable {
    public var seconds: TimeInterval

    public init(seconds: TimeInterval) {
        self.seconds = seconds
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value: TimeInterval?
        if let number = try? container.decode(Double.self) {
            value = number > 0 && number.isFinite ? number : nil
        } else if let text = try? container.decode(String.self) {
            value = SimulatedDuration.seconds(text)
        } else {
            value = nil
        }
        guard let value else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected \(SimulatedDuration.examples)")
        }
        seconds = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(seconds)
    }
}

/// One forced outcome still queued, as the control API lists it.
public struct ControlQueuedOutcome: Codable, Hashable, Sendable {
    /// Its step name: `decline:DO_NOT_HONOR`.
    public var outcome: String
    public var paymentRequestId: String?
    public var clientId: String

    public init(outcome: String, paymentRequestId: String?, clientId: String) {
        self.outcome = outcome
        self.paymentRequestId = paymentRequestId
        self.clientId = clientId
    }
}

/// Where the simulation stands (`GET /sim/v1/control/state`, and the answer to every control call).
public struct SimulationState: Codable, Hashable, Sendable {
    /// The server's simulated time, ISO 8601.
    public var now: String
    /// How far the simulated clock runs ahead of the machine's, in seconds.
    public var clockOffsetSeconds: TimeInterval
    public var forcedOutcomes: [ControlQueuedOutcome]
    /// When the next notification attempt is due (ISO 8601); nil when none waits.
    public var nextNotificationAt: String?

    public init(
        now: String, clockOffsetSeconds: TimeInterval, forcedOutcomes: [ControlQueuedOutcome], nextNotificationAt: String?
    ) {
        self.now = now
        self.clockOffsetSeconds = clockOffsetSeconds
        self.forcedOutcomes = forcedOutcomes
        self.nextNotificationAt = nextNotificationAt
    }
}

/// The answer of every `/sim/v1/control` call: the result, the state after the call, and for a clock move how
/// far it went and what the mock settled on its own meanwhile (payments closed or completed, sessions expired).
public struct ControlAnswer: Codable, Hashable, Sendable {
    public var result: APOResult
    public var state: SimulationState?
    public var advancedSeconds: TimeInterval?
    /// For `until: nextNotification` with nothing waiting: the clock did not move.
    public var nothingWaiting: Bool?
    public var settled: [APOActivity]?

    public init(
        result: APOResult, state: SimulationState? = nil, advancedSeconds: TimeInterval? = nil,
        nothingWaiting: Bool? = nil, settled: [APOActivity]? = nil
    ) {
        self.result = result
        self.state = state
        self.advancedSeconds = advancedSeconds
        self.nothingWaiting = nothingWaiting
        self.settled = settled
    }
}
