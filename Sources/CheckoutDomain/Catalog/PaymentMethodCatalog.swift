import Foundation

/// Every payment method the simulator offers, in Antom's default order, from `assets/data/payment-methods.json`.
public struct PaymentMethodCatalog: Sendable {
    /// In default display order.
    public let methods: [PaymentMethodInfo]
    private let index: [PaymentMethodType: Int]

    public init(_ methods: [PaymentMethodInfo]) {
        self.methods = methods
        var index: [PaymentMethodType: Int] = [:]
        for (position, method) in methods.enumerated() where index[method.paymentMethodType] == nil {
            index[method.paymentMethodType] = position
        }
        self.index = index
    }

    public static func bundled() throws(CatalogError) -> PaymentMethodCatalog { try loaded.get() }

    /// Decoded once per process: the bundled file cannot change while it runs.
    private static let loaded = Result { () throws(CatalogError) -> PaymentMethodCatalog in
        struct File: Decodable { var methods: [PaymentMethodInfo] }
        let file: File = try BundledJSON.load("data/payment-methods.json")
        return PaymentMethodCatalog(file.methods)
    }

    public func method(_ type: PaymentMethodType) -> PaymentMethodInfo? {
        index[type].map { methods[$0] }
    }

    /// Position in Antom's default order; unknown methods sort last.
    public func defaultRank(of type: PaymentMethodType) -> Int {
        index[type] ?? methods.count
    }

    /// Whether `method` can take `amount`, and if not, why in words the timeline can show.
    public func eligibility(of method: PaymentMethodInfo, for amount: Amount) -> Eligibility {
        if let currencies = method.currencies, !currencies.contains(amount.currency) {
            return .ineligible(
                "\(method.paymentMethodType) takes only \(currencies.joined(separator: ", ")), not \(amount.currency)")
        }
        guard let limit = method.limits?[amount.currency], let value = AmountRules.minorUnits(amount) else {
            return .eligible
        }
        if let min = limit.min.flatMap(Int64.init), value < min {
            return .ineligible("\(method.paymentMethodType) needs at least \(min) (minor units of \(amount.currency)); this order is \(value)")
        }
        if let max = limit.max.flatMap(Int64.init), value > max {
            return .ineligible("\(method.paymentMethodType) takes at most \(max) (minor units of \(amount.currency)); this order is \(value)")
        }
        return .eligible
    }
}

/// Whether a method can be offered for an order.
public enum Eligibility: Hashable, Sendable {
    case eligible
    case ineligible(String)
}
