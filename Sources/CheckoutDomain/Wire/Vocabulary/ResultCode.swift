import Foundation

/// `resultCode` / `paymentResultCode`: Antom's result codes, spelled exactly as Antom sends them (reference §3.5);
/// an unknown code is carried through as sent.
///
/// The constants are the codes the simulator answers with, each explained in `assets/explain` (ExplainCoverageTests).
public struct ResultCode: WireVocabulary {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let success: Self = "SUCCESS"
    public static let paymentInProcess: Self = "PAYMENT_IN_PROCESS"
    public static let unknownException: Self = "UNKNOWN_EXCEPTION"
    public static let processFail: Self = "PROCESS_FAIL"
    public static let paramIllegal: Self = "PARAM_ILLEGAL"
    public static let accessDenied: Self = "ACCESS_DENIED"
    public static let invalidSignature: Self = "INVALID_SIGNATURE"
    public static let keyNotFound: Self = "KEY_NOT_FOUND"
    public static let invalidClient: Self = "INVALID_CLIENT"
    public static let noInterfaceDef: Self = "NO_INTERFACE_DEF"
    public static let methodNotSupported: Self = "METHOD_NOT_SUPPORTED"
    public static let mediaTypeNotAcceptable: Self = "MEDIA_TYPE_NOT_ACCEPTABLE"
    public static let repeatRequestInconsistent: Self = "REPEAT_REQ_INCONSISTENT"
    public static let orderNotExist: Self = "ORDER_NOT_EXIST"
    public static let orderIsClosed: Self = "ORDER_IS_CLOSED"
    public static let riskReject: Self = "RISK_REJECT"
    public static let currencyNotSupport: Self = "CURRENCY_NOT_SUPPORT"
    public static let paymentAmountExceedLimit: Self = "PAYMENT_AMOUNT_EXCEED_LIMIT"
    public static let userBalanceNotEnough: Self = "USER_BALANCE_NOT_ENOUGH"
    public static let unavailablePaymentMethod: Self = "UNAVAILABLE_PAYMENT_METHOD"
    public static let invalidToken: Self = "INVALID_TOKEN"
    public static let expiredCode: Self = "EXPIRED_CODE"
    public static let cancelWindowExceed: Self = "CANCEL_WINDOW_EXCEED"
    public static let refundAmountExceed: Self = "REFUND_AMOUNT_EXCEED"
    public static let refundWindowExceed: Self = "REFUND_WINDOW_EXCEED"
    /// An asynchronous refund was accepted; REFUND_RESULT or inquiryRefund gives its outcome.
    public static let refundInProcess: Self = "REFUND_IN_PROCESS"
    public static let refundNotExist: Self = "REFUND_NOT_EXIST"
    public static let captureAmountExceedAuthorizedAmount: Self = "CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT"
    /// The payment is not in a state the operation applies to (capture, cancel or refund).
    public static let orderStatusInvalid: Self = "ORDER_STATUS_INVALID"
    public static let requestTrafficExceedLimit: Self = "REQUEST_TRAFFIC_EXCEED_LIMIT"
    public static let systemError: Self = "SYSTEM_ERROR"

    // Card declines (paymentResultCode).
    public static let doNotHonor: Self = "DO_NOT_HONOR"
    public static let invalidCardNumber: Self = "INVALID_CARD_NUMBER"
    public static let invalidCVV: Self = "INVALID_CVV"
    public static let invalidExpirationDate: Self = "INVALID_EXPIRATION_DATE"
    public static let cardExpired: Self = "CARD_EXPIRED"
    public static let cardNotSupported: Self = "CARD_NOT_SUPPORTED"
    public static let authenticationRequired: Self = "AUTHENTICATION_REQUIRED"
    public static let userPaymentVerificationFailed: Self = "USER_PAYMENT_VERIFICATION_FAILED"
}
