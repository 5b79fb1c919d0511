/// The page's calls to Antom by name (the embedded page's four, and `enterCard` of the hosted card page), as
/// `PageEffect`, the effect runner, `/sim/v1/<name>` and the timeline spell them.
public enum PageCall: String, Equatable, Hashable, Sendable, CaseIterable {
    case loadSession
    case submitPayment
    case completeChallenge
    case completeRedirect
    /// The buyer typed the card (or a saved card's CVV) on the hosted card page of a `pay` without card details
    /// (seed 002): `HostedCardPage` asks for it, never the embedded page.
    case enterCard
}

extension PageEffect {
    /// The call this effect asks for; nil for events, notes, timers and navigation.
    public var call: PageCall? {
        switch self {
        case .loadSession: .loadSession
        case .submitPayment: .submitPayment
        case .completeChallenge: .completeChallenge
        case .completeRedirect: .completeRedirect
        case .enterCard: .enterCard
        case .emit, .note, .scheduleTimer, .cancelTimer, .navigate, .unmounted: nil
        }
    }
}
