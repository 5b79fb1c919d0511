import Foundation

/// The fields the seeds show on answers and notifications beyond the payment's own: `acquirerInfo`, `cardInfo`,
/// `paymentActionForm` and `paymentRedirectUrl`.
extension MockAPO {
    /// Antom acquiring itself, as seed 000's APM notification shows it: `acquirerName` ALIPAY, the paymentId as
    /// `acquirerTransactionId`, the paymentRequestId as `referenceRequestId`, and the outcome. Nil until final.
    func acquirerInfo(_ payment: PaymentRecord) -> AcquirerInfo? {
        guard payment.status == .success || payment.status == .fail else { return nil }
        return AcquirerInfo(
            acquirerName: "ALIPAY", acquirerMerchantId: acquirerMerchantId,
            acquirerTransactionId: payment.paymentId, referenceRequestId: payment.paymentRequestId,
            acquirerResultCode: payment.resultCode.rawValue, acquirerResultMessage: payment.resultMessage)
    }

    /// The merchant's id at the acquirer: 16 digits derived from the client id, stable across runs, like seed 001's
    /// `2181110021840423`. Never Luhn-valid, so no card-number guard or log mask takes it for a card.
    static func acquirerMerchantId(clientId: String) -> String {
        let digits =
            "2188" + SHA256.hash(clientId).prefix(6).map { (Int($0) % 100).zeroPadded(to: 2) }.joined()
        guard CardNumber(digits).passesLuhn, let last = digits.last?.wholeNumberValue else { return digits }
        return String(digits.dropLast()) + String((last + 1) % 10)
    }

    /// Seed 003's `cardInfo`: the card summary, for card payments only, taken from `info`, the payment's own
    /// `paymentResultInfo` (answers that carry both build that once: it hashes the paymentId).
    func cardInfo(_ payment: PaymentRecord, from info: PaymentResultInfo?) -> CardInfo? {
        guard payment.card != nil, let info else { return nil }
        return CardInfo(info)
    }

    /// `paymentActionForm` as seeds 002 and 004 print it: the redirect as a JSON string.
    static func paymentActionForm(_ form: RedirectActionForm?) -> String? {
        guard let form, let redirectUrl = form.redirectUrl else { return nil }
        let action: [String: String] = [
            "method": form.method ?? "GET", "paymentActionFormType": "RedirectActionForm", "redirectUrl": redirectUrl,
        ]
        return WireCoding.encodeString(action)
    }

    /// Where the buyer was sent to pay: the payment's own continuation page, else its session's Checkout Page.
    func paymentRedirectUrl(_ payment: PaymentRecord) -> String? {
        payment.normalUrl ?? payment.paymentSessionId.flatMap { state.sessions[$0]?.normalUrl }
    }
}
