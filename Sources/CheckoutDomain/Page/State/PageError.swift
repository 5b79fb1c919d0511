import Foundation

/// Why the page cannot show a payment form at all.
public enum PageError: Hashable, Sendable {
    /// The sessionData given to `mountComponent` is empty or not shaped like one.
    case malformedSessionData(reason: String)
    /// The APO would not open it (unknown, not a session, expired…), with its result.
    case sessionRejected(resultCode: ResultCode, message: String?)
    /// Opened, but missing what the page needs (an amount), or naming a reason.
    case sessionUnusable(reason: String)
    /// Past `paymentSessionExpiryTime`: the merchant must create a new session.
    case sessionExpired(at: Date, whileOpen: Bool)
    /// Opening the session got no answer.
    case loadFailed(reason: String)

    /// The SDK code the page sent for it.
    public var eventCode: SDKEventCode {
        switch self {
        case .loadFailed: .createComponentError
        default: .createPaymentParameterError
        }
    }
}
