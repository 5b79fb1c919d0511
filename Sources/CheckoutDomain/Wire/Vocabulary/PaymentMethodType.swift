import Foundation

/// `paymentMethodType`: `CARD`, `P24`, `ALIPAY_CN`…; the catalog (`assets/data/payment-methods.json`) knows their facts.
public struct PaymentMethodType: WireVocabulary {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let card: Self = "CARD"
    public static let applePay: Self = "APPLEPAY"
    public static let googlePay: Self = "GOOGLEPAY"
    public static let payPal: Self = "PAYPAL"
}
