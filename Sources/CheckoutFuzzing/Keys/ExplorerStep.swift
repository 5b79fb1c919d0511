import CheckoutTUICore

/// One thing the explorer does to the program: press a key, let input time out (a tick), or move the clock.
public enum ExplorerStep: Hashable, Sendable, CustomStringConvertible {
    case key(Key)
    case tick
    /// Moves simulated time on by this many seconds, the mock settling and the app ticking as it goes.
    case advance(seconds: Int)

    public var description: String {
        switch self {
        case .key(let key): key.name
        case .tick: "Timeout"
        case .advance(let seconds): "Wait(\(seconds)s)"
        }
    }
}
