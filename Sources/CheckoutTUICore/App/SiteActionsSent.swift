import CheckoutDomain

/// What one message has sent the merchant's site: nothing, only the buyer's typing into a field, or more.
enum SiteActionsSent: Equatable, Sendable {
    case nothing
    case typingOnly
    case more

    mutating func note(_ action: MerchantSiteAction) {
        self = action.isTyping && self != .more ? .typingOnly : .more
    }
}
