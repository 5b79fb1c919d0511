import Foundation

/// What to tell the buyer after a failed payment, by `paymentResultCode` (reference §3.5 codes).
enum FailureAdvice {
    static func key(for code: String?) -> StringKey {
        switch code ?? "" {
        case "USER_BALANCE_NOT_ENOUGH":
            .adviceBalance
        case "INVALID_CARD_NUMBER", "INVALID_CVV", "INVALID_EXPIRATION_DATE", "CARD_EXPIRED":
            .adviceCheckCard
        case "USER_PAYMENT_VERIFICATION_FAILED", "AUTHENTICATION_REQUIRED", "VERIFY_TIMES_EXCEED_LIMIT":
            .adviceVerification
        case "ORDER_IS_CLOSED", "EXPIRED_CODE":
            .adviceTimedOut
        case "PAYMENT_AMOUNT_EXCEED_LIMIT", "PAYMENT_COUNT_EXCEED_LIMIT", "USER_AMOUNT_EXCEED_LIMIT":
            .adviceLimit
        case "DO_NOT_HONOR", "RISK_REJECT", "FRAUD_REJECT", "CARD_NOT_SUPPORTED", "RESTRICTED_CARD", "LOST_CARD",
            "STOLEN_CARD", "PICKUP_CARD", "ACCOUNT_CLOSED", "BLOCKED_FIRST_USED", "POLICY":
            .adviceDeclined
        default:
            .adviceGeneric
        }
    }
}
