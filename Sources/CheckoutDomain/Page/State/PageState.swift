import Foundation

/// Everything the embedded Checkout Page knows; changed only by `CheckoutPage.reduce`.
public struct PageState: Hashable, Sendable {
    public internal(set) var phase: PagePhase = .unmounted
    public internal(set) var mode: CheckoutMode = .embedded
    /// As given to `mountComponent` (trimmed).
    public internal(set) var sessionData: String?
    public internal(set) var session: PageSession?
    /// The session's amount in its locale (`SGD 60.00`), formatted once when the session opens: every view shows it.
    public internal(set) var amountText: String?
    public internal(set) var lineup = MethodLineup()
    public internal(set) var selection: PaymentOption?
    /// One draft per option the buyer opened, so switching back keeps what was typed.
    public internal(set) var drafts: [PaymentOption: FormDraft] = [:]
    public internal(set) var alert: PageAlert?
    /// Cards failed for want of buyer info (seed 003); only other methods can be chosen.
    public internal(set) var cardsBlocked = false
    /// The payment under way or last made.
    public internal(set) var attempt: PaymentAttempt?
    public internal(set) var pendingTimers: Set<PageTimer> = []
    /// The `now` of the last action: what the view counts down from.
    public internal(set) var now = Date(timeIntervalSince1970: 0)
    /// The last SDK code sent, for the status line.
    public internal(set) var lastEvent: SDKEventCode?
    var retained: RetainedSession?

    public init() {}

    /// The selected option's draft.
    public var draft: FormDraft? { selection.flatMap { drafts[$0] } }

    /// The field focused in the selected option's draft.
    public var focus: FormField? { selection.flatMap { drafts[$0]?.focus } }

    public var paymentRequestId: String? { session?.request.paymentRequestId }

    /// Whole seconds left on the QR code shown (rounded up), or nil when none is counting down.
    public var codeSecondsLeft: Int? {
        guard case .code(let code) = phase, let expiresAt = code.expiresAt else { return nil }
        return max(0, Int(expiresAt.timeIntervalSince(now).rounded(.up)))
    }
}
