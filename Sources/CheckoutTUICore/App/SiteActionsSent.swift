import CheckoutDomain

/// What one message has sent the merchant's site: nothing, only what the buyer does inside a form, or more.
enum SiteActionsSent: Equatable, Sendable {
    case nothing
    case formInputOnly
    case more

    mutating func note(_ action: MerchantSiteAction) {
        self = action.isFormInput && self != .more ? .formInputOnly : .more
    }
}
