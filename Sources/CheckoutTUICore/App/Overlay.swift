/// A box drawn over the screen that takes the keys until it closes.
public enum Overlay: Equatable, Sendable {
    /// Every key, grouped.
    case help
    /// `q` while a payment is in flight.
    case confirmQuit
}
