import Foundation

/// Work the page asks its host to do; the results come back as `PageAction`s.
public enum PageEffect: Equatable, Sendable {
    /// Call `CheckoutPageService.loadSession`, then send `sessionLoaded` or `callFailed`.
    case loadSession(sessionData: String)
    /// Call `submitPayment`, then send `paymentAnswered` or `callFailed`.
    case submitPayment(PaymentSubmission)
    /// Call `completeChallenge`, then send `paymentAnswered` or `callFailed`.
    case completeChallenge(paymentId: String, outcome: ChallengeOutcome)
    /// Call `completeRedirect`, then send `paymentAnswered` or `callFailed`.
    case completeRedirect(paymentId: String, action: WalletAction)
    /// The hosted card page's submit (seed 002): call `enterCard`, then send `paymentAnswered` or `callFailed`.
    case enterCard(paymentId: String, entry: HostedCardEntry)
    /// Deliver to `onEventCallback` and the timeline.
    case emit(SDKEvent)
    /// Record on the timeline only.
    case note(PageNote)
    /// Send `timerFired(timer)` at `at` (replacing any pending one of the same kind).
    case scheduleTimer(PageTimer, at: Date)
    case cancelTimer(PageTimer)
    /// Take the buyer to the merchant's `paymentRedirectUrl` (after "Back to merchant").
    case navigate(url: String)
    /// The component's resources are freed.
    case unmounted
}
