import Foundation

/// How long each API takes to answer, in simulated seconds: the scenario's `latency` block
/// (`{"submitPayment": 1.5, "default": 0.3}`), so a demo shows the page processing and a second press of Pay
/// meets a payment in flight.
public struct SimulatedLatency: Codable, Hashable, Sendable {
    /// A call a latency can be set for, under the one name it has everywhere: one of the merchant server's APIs
    /// (`APOEndpoint`) or one of the page's calls (`PageCall`).
    public enum API: Hashable, Sendable {
        case merchant(APOEndpoint)
        case page(PageCall)

        /// The key in the scenario's `latency` block: the call's own name.
        public var name: String {
            switch self {
            case .merchant(let endpoint): endpoint.rawValue
            case .page(let call): call.rawValue
            }
        }

        public init?(name: String) {
            if let endpoint = APOEndpoint(rawValue: name) {
                self = .merchant(endpoint)
            } else if let call = PageCall(rawValue: name) {
                self = .page(call)
            } else {
                return nil
            }
        }

        /// Every name a `latency` block may use, merchant APIs first.
        static var allNames: [String] { APOEndpoint.allCases.map(\.rawValue) + PageCall.allCases.map(\.rawValue) }
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
        seconds: [
            .page(.submitPayment): 1.2, .page(.completeChallenge): 0.8, .page(.completeRedirect): 0.8,
            .page(.loadSession): 0.4,
        ], fallback: 0.3)

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
            } else if let api = API(name: key.stringValue) {
                seconds[api] = value
            } else {
                let known = ([Self.defaultKey] + API.allNames).joined(separator: ", ")
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "\(key.stringValue) is not an API; use one of \(known)")
            }
        }
        self.init(seconds: seconds, fallback: fallback)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        if fallback != 0 { try container.encode(fallback, forKey: Key(stringValue: Self.defaultKey)) }
        for (api, value) in seconds.sorted(by: { $0.key.name < $1.key.name }) {
            try container.encode(value, forKey: Key(stringValue: api.name))
        }
    }
}
