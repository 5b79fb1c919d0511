import Foundation

/// What the merchant's result page shows, localized.
public struct MerchantResultView: Equatable, Sendable {
    public var title: String
    public var headline: String
    /// What to tell the buyer.
    public var detail: String
    public var paymentResultCode: ResultCode?
    /// "Shipping: waiting for capture" and the like, once paid.
    public var shipping: String?
    /// One line for the presenter: what the page just learnt and from where.
    public var status: String
    public var buttons: [MerchantResultButton]
}

/// A control on the merchant's result page.
public struct MerchantResultButton: Equatable, Sendable {
    public var label: String
    public var action: MerchantResultAction
}
