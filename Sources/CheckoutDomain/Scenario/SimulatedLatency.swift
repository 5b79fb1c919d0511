import Foundation

/// How long each API takes to answer, in simulated seconds: the scenario's `latency` block
/// (`{"submitPayment": 1.5, "default": 0.3}`), so a demo shows the page processing and a second press of Pay
/// meets a payment in flight.
public struct SimulatedLatency: Codable, Hashable, Sendable {
    /// The calls a latency can be set for: the merchant server's and the Checkout Page's.
    public enum API: String, CaseIterable, Codable, Hashable, Sendable {
        case createPaymentSession, inquiryPayment, capture, refund, cancel
        case loadSession, submitPayment, completeChallenge, completeRedirect

        /// One of the embedded page's calls, under its one name; nil for the hosted card page's `enterCard`, which
        /// the buyer sends from a browser, never the TUI's page.
        public init?(_ call: PageCall) {
            switch call {
            case .loadSession: self = .loadSession
            case .submitPayment: self = .submitPayment
            case .completeChallenge: self = .completeChallenge
            case .completeRedirect: self = .completeRedirect
            case .enterCard: return nil
            }
        }

        /// One of the merchant server's APIs; nil for those the simulator does not delay (pay, inquiryRefund).
        public init?(_ endpoint: APOEndpoint) {
            switch endpoint {
            case .createPaymentSession: self = .createPaymentSession
            case .inquiryPayment: self = .inquiryPayment
            case .capture: self = .capture
            case .refund: self = .refund
            case .cancel: self = .cancel
            case .pay, .inquiryRefund: return nil
            }
        }
    }

    /// The longest latency a scenario may set: longer would read as a hang, not a slow network.
    public static let maximum: TimeInterval = 60

    /// Seconds per API; an API not listed takes `fallback`.
    public private(set) var seconds: [API: TimeInterval]
    /// The `default` key: every API not listed.
    public private(set) var fallback: TimeInterval

    public init(seconds: [API: TimeInterval] = [:], fallback: TimeInterval = 0) {
        self.seconds = seconds
        self.fallback = fallback
    }

    /// No latency: answers arrive at once (`play` unless the scenario sets one).
    public static let zero = SimulatedLatency()

    /// The interactive TUI's default when the scenario sets none: long enough to see "Processing…" and to press
    /// Pay twice, short enough not to slow a demo.
    public static let interactive = SimulatedLatency(
        seconds: [.submitPayment: 1.2, .completeChallenge: 0.8, .completeRedirect: 0.8, .loadSession: 0.4], fallback: 0.3)

    public func delay(for api: API) -> TimeInterval { seconds[api] ?? fallback }

    public var isZero: Bool { fallback == 0 && seconds.values.allSatisfy { $0 == 0 } }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private static let defaultKey = "default"

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var seconds: [API: TimeInterval] = [:]
        var fallback: TimeInterval = 0
        for key in container.allKeys {
            let value = try container.decode(Double.self, forKey: key)
            guard value.isFinite, value >= 0, value <= Self.maximum else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription: "\(value) is not a latency: give seconds from 0 to \(Int(Self.maximum))")
            }
            if key.stringValue == Self.defaultKey {
                fallback = value
            } else if let api = API(rawValue: key.stringValue) {
                seconds[api] = value
            } else {
                let known = ([Self.defaultKey] + API.allCases.map(\.rawValue)).joined(separator: ", ")
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "\(key.stringValue) is not an API; use one of \(known)")
            }
        }
        self.init(seconds: seconds, fallback: fallback)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        if fallback != 0 { try container.encode(fallback, forKey: Key(stringValue: Self.defaultKey)) }
        for (api, value) in seconds.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            try container.encode(value, forKey: Key(stringValue: api.rawValue))
        }
    }
}
