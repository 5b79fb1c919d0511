/// Work the merchant's site asks its host to do. The embedded page's and the result page's effects are carried
/// as they are, so a page call has one name from `PageEffect` to the runner, `/sim/v1` and the timeline.
public enum MerchantSiteEffect: Equatable, Sendable {
    /// The merchant server creates the session the page is mounted with.
    indirect case createPaymentSession(CreatePaymentSessionRequest)
    /// Hosted card mode: the merchant server calls `pay` with only CARD, or a saved card's token.
    indirect case pay(PayRequest)
    /// The embedded Checkout Page's effect: a call, an SDK event, a note or a timer.
    case page(PageEffect)
    /// APO's hosted card page's effect: `enterCard`, `completeChallenge`, or the way back to the merchant.
    case cardPage(PageEffect)
    /// The result page's effect: an inquiry or its re-check timer.
    case result(MerchantResultEffect)
    /// capture, refund or cancel, as the merchant server sends it.
    case call(MerchantCall)
    /// A call that can queue notifications was answered: deliver what is due now, as Antom would.
    case deliverNotifications
    /// A decision of the merchant's, for the timeline.
    case note(MerchantNote)
}

/// A merchant-server call after the payment, with its wire request.
public enum MerchantCall: Equatable, Sendable {
    case capture(CaptureRequest)
    case refund(RefundRequest)
    case cancel(CancelRequest)

    /// The API it calls.
    public var endpoint: APOEndpoint {
        switch self {
        case .capture: .capture
        case .refund: .refund
        case .cancel: .cancel
        }
    }
}

/// A decision of the merchant's integration, recorded on the timeline in English.
public struct MerchantNote: Equatable, Sendable {
    public var kind: MerchantNoteKind
    public var summary: String?
    /// Why, in the words of Antom's guide.
    public var detail: String?

    public init(_ kind: MerchantNoteKind, summary: String? = nil, detail: String? = nil) {
        self.kind = kind
        self.summary = summary
        self.detail = detail
    }
}

/// What a `MerchantNote` records; the raw value is its timeline title.
public enum MerchantNoteKind: String, Equatable, Sendable {
    case mounted = "mount"
    case redirected = "unmount + redirect"
    case stayed = "stay on the page's result"
    case unmounted = "unmount"
    case retriedSession = "retry createPaymentSession"
    case reloaded = "reload order page"
    case sentToCardPage = "redirect to normalUrl"
    case cardSaved = "cardToken stored"
    case newOrder = "new order"

    /// Whether the note announces something still to come (a retry), which the timeline shows as pending.
    public var isPending: Bool { self == .retriedSession }
}
