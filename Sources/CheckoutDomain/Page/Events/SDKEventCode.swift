import Foundation

/// Every code the web SDK (`@alipay/ams-checkout`) sends to `onEventCallback` (reference §4), plus CKP's back-to-merchant.
public enum SDKEventCode: String, Codable, Hashable, Sendable, CaseIterable {
    // Status codes.
    case startOfLoading = "SDK_START_OF_LOADING"
    case endOfLoading = "SDK_END_OF_LOADING"
    case paymentCancel = "SDK_PAYMENT_CANCEL"
    case callURLError = "SDK_CALL_URL_ERROR"
    case callURLSuccess = "SDK_CALL_URL_SUCCESS"
    case duplicateSubmission = "SDK_DUPLICATE_SUBMISSION_BEHAVIOR"
    case formVerificationFailed = "SDK_FORM_VERIFICATION_FAILED"
    case paymentAuthorizationSuccessful = "SDK_PAYMENT_AUTHORIZATION_SUCCESSFUL"
    case paymentChallenge = "SDK_PAYMENT_CHALLENGE"
    // Error codes.
    case internalError = "SDK_INTERNAL_ERROR"
    case createPaymentParameterError = "SDK_CREATEPAYMENT_PARAMETER_ERROR"
    case initParameterError = "SDK_INIT_PARAMETER_ERROR"
    case createComponentError = "SDK_CREATECOMPONENT_ERROR"
    case submitNetworkError = "SDK_SUBMIT_NETWORK_ERROR"
    /// Listed for the Android card page only ("dependency not found"); the web page never sends it.
    case integrationError = "SDK_INTEGRATION_ERROR"
    // Payment result codes.
    case paymentSuccessful = "SDK_PAYMENT_SUCCESSFUL"
    case paymentFail = "SDK_PAYMENT_FAIL"
    case paymentProcessing = "SDK_PAYMENT_PROCESSING"
    case paymentError = "SDK_PAYMENT_ERROR"
    case paymentRetry = "SDK_PAYMENT_RETRY"
    /// CKP guide (seed 003): the buyer clicked "Back to merchant" on the result page.
    case paymentClickBackToMerchant = "SDK_PAYMENT_CLICK_BACK_TO_MERCHANT"

    /// Which of the reference's three groups the code belongs to.
    public var category: SDKEventCategory {
        switch self {
        case .startOfLoading, .endOfLoading, .paymentCancel, .callURLError, .callURLSuccess, .duplicateSubmission,
            .formVerificationFailed, .paymentAuthorizationSuccessful, .paymentChallenge, .paymentClickBackToMerchant:
            .status
        case .internalError, .createPaymentParameterError, .initParameterError, .createComponentError,
            .submitNetworkError, .integrationError:
            .error
        case .paymentSuccessful, .paymentFail, .paymentProcessing, .paymentError, .paymentRetry:
            .paymentResult
        }
    }
}

/// The reference's grouping of SDK codes: lifecycle status, errors, and payment results.
public enum SDKEventCategory: String, Codable, Hashable, Sendable {
    case status
    case error
    case paymentResult
}
