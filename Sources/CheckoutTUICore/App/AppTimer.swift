import CheckoutDomain

/// A timer the app runs on the injected clock for the page or the merchant's result page.
public enum AppTimer: Hashable, Sendable {
    case page(PageTimer)
    /// The merchant result page's one automatic re-check.
    case merchantRecheck
}
