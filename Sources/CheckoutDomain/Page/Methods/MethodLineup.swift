import Foundation

/// What the page offers, top to bottom: express section, saved cards, then the method list.
public struct MethodLineup: Hashable, Sendable {
    /// Shown above the list (ALIPAY_CN, GOOGLEPAY; APPLEPAY on the hosted page); not repeated below.
    public var express: [OfferedMethod]
    public var savedCards: [SavedCard]
    public var methods: [OfferedMethod]

    init(express: [OfferedMethod] = [], savedCards: [SavedCard] = [], methods: [OfferedMethod] = []) {
        self.express = express
        self.savedCards = savedCards
        self.methods = methods
    }

    /// The offered method of that type, in either section.
    public func method(_ type: PaymentMethodType) -> OfferedMethod? {
        // Found by index and copied out once: every edit of a form asks for its method.
        if let index = express.firstIndex(where: { $0.paymentMethodType == type }) { return express[index] }
        return methods.firstIndex { $0.paymentMethodType == type }.map { methods[$0] }
    }

    public func savedCard(_ token: String) -> SavedCard? {
        savedCards.first { $0.cardToken == token }
    }

    /// Whether the buyer can pick `option` here.
    public func offers(_ option: PaymentOption) -> Bool {
        switch option {
        case .method(let type): method(type) != nil
        case .savedCard(let token): savedCard(token) != nil
        }
    }

    /// Every option in display order.
    public var options: [PaymentOption] {
        express.map { .method($0.paymentMethodType) } + savedCards.map { .savedCard(token: $0.cardToken) }
            + methods.map { .method($0.paymentMethodType) }
    }
}
