import CheckoutDomain
import HTTPTypes

/// Every route of the simulator API under `/sim/v1/`, declared once: its path, its method and whether it is a
/// lever of the simulation (`/sim/v1/control/…`) rather than something the buyer does.
public enum SimulatorRoute: String, CaseIterable, Sendable {
    case loadSession
    case submitPayment
    case completeChallenge
    case completeRedirect
    case enterCard
    /// GET: the notifications the mock has sent, each with the exact signed headers and body.
    case notifications
    case controlOutcomes = "control/outcomes"
    case controlClock = "control/clock"
    case controlReset = "control/reset"
    case controlState = "control/state"

    public static let prefix = "/sim/v1/"

    /// The route of one of the page's calls: named as `PageCall` names the call everywhere (a test holds them equal).
    public init(_ call: PageCall) {
        switch call {
        case .loadSession: self = .loadSession
        case .submitPayment: self = .submitPayment
        case .completeChallenge: self = .completeChallenge
        case .completeRedirect: self = .completeRedirect
        case .enterCard: self = .enterCard
        }
    }

    /// `/sim/v1/loadSession`.
    public var path: String { Self.prefix + rawValue }

    public var method: HTTPRequest.Method {
        switch self {
        case .notifications, .controlState: .get
        default: .post
        }
    }

    /// Moves the simulation itself (and so may need `--control-token`), not the buyer's page.
    public var isControl: Bool { rawValue.hasPrefix("control/") }

    /// The route of `path`; nil for any other path.
    public static func matching(_ path: String) -> SimulatorRoute? {
        guard path.hasPrefix(prefix) else { return nil }
        return SimulatorRoute(rawValue: String(path.dropFirst(prefix.count)))
    }

    /// `GET /sim/v1/notifications, POST /sim/v1/loadSession, …` for the message naming what is served.
    static var listing: String {
        allCases.map { "\($0.method.rawValue) \($0.path)" }.joined(separator: ", ")
    }
}
