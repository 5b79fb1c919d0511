/// What a mouse click on a rendered cell means; views record one per row, field and button they draw.
public enum HitTarget: Hashable, Sendable {
    case stop(CheckoutStop)
    case merchant(MerchantControl)
    /// The quit confirmation's answers.
    case confirmQuit(Bool)
    /// Anywhere on the help box.
    case closeHelp
    /// The timeline pane, for the wheel.
    case timeline
}
