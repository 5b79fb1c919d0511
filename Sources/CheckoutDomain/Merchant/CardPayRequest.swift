import Foundation

/// The `pay` body the merchant server sends in hosted card mode (seed 002, "First-time payments" and "Saved card
/// payments"), built from the scenario's order: only `paymentMethodType: CARD` (or the saved card's token in
/// `paymentMethodId`, `isCardOnFile`), and what seeds 001 and 002 require of card payments.
enum CardPayRequest {
    /// The buyer's address as the merchant's server sees it when the scenario's `env` names none: the
    /// simulator's buyer is on this machine (docs/DECISIONS.md, "Hosted card mode").
    static let localClientIp = "127.0.0.1"

    static func make(
        from session: CreatePaymentSessionRequest, paymentRequestId: String?, order number: Int, savedCardToken: String?
    ) -> PayRequest {
        var order = session.order
        // Each order of the run is its own order at the merchant.
        if number > 1, let reference = order?.referenceOrderId { order?.referenceOrderId = "\(reference)_\(number)" }
        var env = session.env ?? order?.env ?? Env()
        if (env.terminalType ?? "").isEmpty { env.terminalType = "WEB" }
        if (env.clientIp ?? "").isEmpty { env.clientIp = localClientIp }
        let wanted = session.availablePaymentMethod?.paymentMethodMetaData
        var metadata = CardMetaData()
        if savedCardToken != nil {
            metadata.isCardOnFile = true
        } else {
            metadata.tokenizeMode = wanted?.tokenizeMode
        }
        if wanted?.is3DSAuthentication == true { metadata.is3DSAuthentication = true }
        var factor = session.paymentFactor ?? PaymentFactor()
        // Seeds 001 and 002: cards are authorised first, then captured.
        factor.isAuthorization = true
        return PayRequest(
            productCode: session.productCode ?? "CASHIER_PAYMENT", paymentRequestId: paymentRequestId, order: order,
            paymentAmount: session.paymentAmount ?? order?.orderAmount,
            paymentMethod: PaymentMethod(paymentMethodType: .card, paymentMethodId: savedCardToken, cardMetaData: metadata),
            paymentRedirectUrl: session.paymentRedirectUrl, paymentNotifyUrl: session.paymentNotifyUrl,
            paymentFactor: factor, settlementStrategy: session.settlementStrategy, env: env,
            merchantRegion: session.merchantRegion, userRegion: session.userRegion)
    }
}
