import Foundation

/// What to tell the buyer after a failed payment, by `paymentResultCode` (reference §3.5 codes).
enum FailureAdvice {
    /// Each advice with the codes it answers; the codes another gateway may send and the simulator never does are
    /// spelled here.
    private static let advice: [(key: StringKey, codes: Set<ResultCode>)] = [
        (.adviceBalance, [.userBalanceNotEnough]),
        (.adviceCheckCard, [.invalidCardNumber, .invalidCVV, .invalidExpirationDate, .cardExpired]),
        (.adviceVerification, [.userPaymentVerificationFailed, .authenticationRequired, "VERIFY_TIMES_EXCEED_LIMIT"]),
        (.adviceTimedOut, [.orderIsClosed, .expiredCode]),
        (.adviceLimit, [.paymentAmountExceedLimit, "PAYMENT_COUNT_EXCEED_LIMIT", "USER_AMOUNT_EXCEED_LIMIT"]),
        (.adviceDeclined, [
            .doNotHonor, .riskReject, "FRAUD_REJECT", .cardNotSupported, "RESTRICTED_CARD", "LOST_CARD", "STOLEN_CARD",
            "PICKUP_CARD", "ACCOUNT_CLOSED", "BLOCKED_FIRST_USED", "POLICY",
        ]),
    ]

    static func key(for code: ResultCode?) -> StringKey {
        guard let code else { return .adviceGeneric }
        return advice.first { $0.codes.contains(code) }?.key ?? .adviceGeneric
    }
}
