import CheckoutDomain

/// The page of Antom's in front of the buyer: the Checkout Page (embedded or hosted), or in hosted card mode APO's
/// card page. Both give a `PageView` and take the buyer's `PageAction`s, so the keys, the cursor, the footer and
/// the steps of `play` drive either; the site gets the action embedded for the page that is up.
extension CheckoutApp {
    /// Sends the buyer's `action` to the page on screen.
    mutating func sendToPage(_ action: PageAction) -> [AppCommand] {
        send(state.stage == .cardPage ? .cardPage(action) : .page(action))
    }

    /// The view-model of the page on screen: the one built after the last message while the site is unchanged.
    public var pageView: PageView {
        state.builtPageView.value ?? freshPageView
    }

    /// The view-model of the page on screen, built now from the site.
    var freshPageView: PageView {
        state.stage == .cardPage ? environment.site.hostedCard.view(state.site.cardPage) : environment.page.view(state.page)
    }
}

extension AppState {
    /// An Antom page fills the checkout pane (rather than one of the merchant's own pages).
    public var showsBuyerPage: Bool { stage == .checkout || stage == .cardPage }

    /// The form the buyer is filling on the page on screen.
    var formDraft: FormDraft? { stage == .cardPage ? site.cardPage.draft : site.page.draft }

    /// The field focused in that form: read on every message, so without copying the draft out.
    var formFocus: FormField? { stage == .cardPage ? site.cardPage.draft.focus : site.page.focus }
}
