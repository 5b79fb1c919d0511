import CheckoutDomain
import Foundation

/// An API's answer the app receives only at `due`.
struct DelayedAnswer: Equatable, Sendable {
    var due: Date
    var message: AppMessage
}

/// Everything the app knows: the merchant's site (the page, the result page, the operations), the timeline, the
/// cursor and what is on screen. Changed only by `CheckoutApp.update`.
public struct AppState: Equatable, Sendable {
    /// The merchant's site and the pages in it, as `MerchantSite` keeps them.
    public internal(set) var site = MerchantSiteState() {
        // The views below are built from the site alone: any change to it may change them.
        didSet {
            builtPageView.value = nil
            laidOutCheckout.value = nil
            builtMerchantView.value = nil
            builtMerchantControls.value = nil
        }
    }
    /// The page's view-model as last built from `site` (`CheckoutApp.pageView`), until `site` changes: the key
    /// handlers, the settling after each message and the frame share one build.
    var builtPageView = Derived<PageView>()
    /// The stops of the page's view as last settled (`CheckoutApp.stopsInScreenOrder`), kept through form input, which
    /// never changes which rows, fields and buttons there are: Tab in a form steps through them without building
    /// the view the typing left unbuilt. Dropped by anything else the site is sent (`CheckoutApp.send`).
    var pageStops = Derived<[CheckoutStop]>()
    /// That view laid out in the checkout pane when the last message was settled, for the frame after it.
    var laidOutCheckout = Derived<LaidOutCheckout>()
    /// The form fields' lines of that layout, kept when `site` changes: each is taken again only for the same field
    /// drawn the same way.
    var laidOutFields = Derived<FieldLineMemo>()
    /// The merchant result page's view-model and controls, kept the same way: the footer alone asked for them
    /// eight times a frame.
    var builtMerchantView = Derived<MerchantResultView>()
    var builtMerchantControls = Derived<[MerchantControl]>()
    public internal(set) var timeline = Timeline()
    /// Where the keyboard cursor is on the Checkout Page.
    public internal(set) var cursor: CheckoutStop?
    /// Where it is on the merchant's pages.
    public internal(set) var merchantCursor: MerchantControl?
    public internal(set) var overlay: Overlay?
    /// The timeline fills the screen (`t`).
    public internal(set) var timelineExpanded = false
    /// The first content line of the checkout pane shown.
    public internal(set) var checkoutScroll = 0
    public internal(set) var size: Size
    /// The clock's time at the last message: what the header shows and countdowns count from.
    public internal(set) var now: Date
    /// Advances on every tick while something is being waited for.
    public internal(set) var spinnerFrame = 0
    public internal(set) var isFinished = false
    /// The explain pane is shown (`e`, `--explain`).
    public internal(set) var explaining = false
    /// The mock's queue of forced outcomes as last reported, oldest first.
    public internal(set) var forcedOutcomes: [ForcedOutcome] = []
    var timers: [AppTimer: Date] = [:]
    /// Answers still on their way (simulated latency), oldest first; ticks deliver them when due.
    var inTransit: [DelayedAnswer] = []
    var delivery = NotificationDelivery()

    init(size: Size, now: Date) {
        self.size = size
        self.now = now
    }

    /// Which page of the merchant's site the buyer is on.
    public var stage: MerchantSiteStage { site.stage }
    /// The embedded Checkout Page.
    public var page: PageState { site.page }
    /// The merchant's result page.
    public var merchant: MerchantResultState { site.result }
    public var session: CreatePaymentSessionResponse? { site.session }
    public var operations: MerchantOperations { site.operations }
    public var retriedPaymentRequestId: String? { site.retriedPaymentRequestId }

    /// A payment the buyer started and that has no final answer yet, or a merchant operation under way.
    public var paymentInFlight: Bool { site.paymentInFlight }

    /// The cursor is in a text field, so printable keys are typed rather than treated as commands.
    public var typing: Bool {
        overlay == nil && !timelineExpanded && showsBuyerPage && (cursor?.isTextField ?? false)
    }
}
