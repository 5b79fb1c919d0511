import CheckoutDomain
import Foundation

/// A `{"merchant": …}` step: what the merchant's server does after the payment, amounts in minor units as
/// Antom's `Amount.value` (`"2000"` is 20.00 USD), in the payment's currency.
public enum MerchantStep: Equatable, Sendable {
    case capture(value: String)
    case refund(value: String)
    case cancel
    case inquire

    /// The keys a merchant step may have, in the order docs/qa.md lists them.
    public static let names = ["capture", "refund", "cancel", "inquire"]

    /// The key as written: `capture`.
    public var name: String {
        switch self {
        case .capture: "capture"
        case .refund: "refund"
        case .cancel: "cancel"
        case .inquire: "inquire"
        }
    }

    /// As a report shows it: `capture 2000`, `cancel`.
    public var written: String {
        switch self {
        case .capture(let value), .refund(let value): "\(name) \(value)"
        case .cancel, .inquire: name
        }
    }
}

/// `{"expectNotification": {…}}`: a notification attempt with every property given (any subset of them).
public struct NotificationExpectation: Equatable, Sendable {
    public var notifyType: NotifyType?
    public var attempt: Int?
    public var acked: Bool?
    public var httpStatus: Int?

    public init(notifyType: NotifyType? = nil, attempt: Int? = nil, acked: Bool? = nil, httpStatus: Int? = nil) {
        self.notifyType = notifyType
        self.attempt = attempt
        self.acked = acked
        self.httpStatus = httpStatus
    }

    /// The keys it may have.
    public static let keys = ["notifyType", "attempt", "acked", "httpStatus"]

    func matches(_ delivery: NotificationAttempt) -> Bool {
        (notifyType.map { $0 == delivery.notifyType } ?? true) && (attempt.map { $0 == delivery.attempt } ?? true)
            && (acked.map { $0 == delivery.acked } ?? true) && (httpStatus.map { $0 == delivery.httpStatus } ?? true)
    }

    /// As a report shows it: `notifyType PAYMENT_RESULT, attempt 2, acked true`.
    public var written: String {
        let parts = [
            notifyType.map { "notifyType \($0)" }, attempt.map { "attempt \($0)" }, acked.map { "acked \($0)" },
            httpStatus.map { "httpStatus \($0)" },
        ]
        let given = parts.compactMap { $0 }
        return given.isEmpty ? "any notification attempt" : given.joined(separator: ", ")
    }
}

/// `{"expectMerchantCall": {…}}`: a call the merchant's server made, with the answer's status and code if given.
public struct MerchantCallExpectation: Equatable, Sendable {
    public var api: APOEndpoint
    public var resultStatus: ResultStatus?
    public var resultCode: ResultCode?

    public init(api: APOEndpoint, resultStatus: ResultStatus? = nil, resultCode: ResultCode? = nil) {
        self.api = api
        self.resultStatus = resultStatus
        self.resultCode = resultCode
    }

    /// The merchant server's calls a steps file can name.
    public static let apis: [APOEndpoint] = [.createPaymentSession, .pay, .inquiryPayment, .capture, .refund, .cancel]
    /// The keys it may have.
    public static let keys = ["api", "resultStatus", "resultCode"]

    func matches(api called: String, result: APOResult?) -> Bool {
        guard called == api.rawValue else { return false }
        return (resultStatus.map { $0 == result?.resultStatus } ?? true)
            && (resultCode.map { $0 == result?.resultCode } ?? true)
    }

    /// As a report shows it: `refund S SUCCESS`.
    public var written: String {
        [api.rawValue, resultStatus?.rawValue, resultCode?.rawValue].compactMap { $0 }.joined(separator: " ")
    }
}
