/// A box drawn over the screen that takes the keys until it closes.
public enum Overlay: Equatable, Sendable {
    /// Every key, grouped.
    case help
    /// `q` while a payment is in flight.
    case confirmQuit
    /// `f`: forces the next payments' outcomes.
    case outcomePicker(OutcomePicker)
    /// `T`: moves the simulated clock; the cursor is on the highlighted jump.
    case timeTravel(TimeTravelMenu)
    /// `c` or `r` on the result page: how much.
    case amountPrompt(AmountPrompt)
    /// `x` on the result page: cancel the payment?
    case confirmCancel
}
