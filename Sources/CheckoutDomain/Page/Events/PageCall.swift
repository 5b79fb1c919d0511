/// The page's four calls to Antom by name, as `PageEffect`, the effect runner, `/sim/v1/<name>` and the timeline
/// spell them.
public enum PageCall: String, Equatable, Hashable, Sendable, CaseIterable {
    case loadSession
    case submitPayment
    case completeChallenge
    case completeRedirect
}

extension PageEffect {
    /// The call this effect asks for; nil for events, notes, timers and navigation.
    public var call: PageCall? {
        switch self {
        case .loadSession: .loadSession
        case .submitPayment: .submitPayment
        case .completeChallenge: .completeChallenge
        case .completeRedirect: .completeRedirect
        case .emit, .note, .scheduleTimer, .cancelTimer, .navigate, .unmounted: nil
        }
    }
}
