import Foundation

/// What kind of thing an activity entry records.
public enum APOActivityKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// A merchant API call (createPaymentSession, pay, inquiryPayment, capture, cancel, refund).
    case apiCall
    /// A Checkout Page call (loadSession, submitPayment, completeChallenge, completeRedirect).
    case pageCall
    /// A notification was queued for delivery.
    case notificationQueued
    /// One delivery attempt of a notification.
    case notificationAttempt
    /// A notification that was not sent (no paymentNotifyUrl) or was replaced by a retry.
    case notificationSkipped
    /// A forced outcome was queued or consumed.
    case forcedOutcome
    /// Something the mock ignored: an unknown saved-card token, a save-card tick without consent mode…
    case skipped
    /// A payment changed state by itself: closed at its timeout, or a delayed result arrived.
    case paymentSettled
    /// A payment session reached its expiry.
    case sessionExpired
    /// The store refused a save; the operation was rolled back and answered U UNKNOWN_EXCEPTION.
    case storeFailure
}

/// One line of the mock APO's timeline: ordered, numbered from 1, Codable for the server log.
public struct APOActivity: Codable, Hashable, Sendable {
    /// 1, 2, 3… in order of occurrence.
    public var index: Int
    public var time: Date
    public var kind: APOActivityKind
    /// The API or page call (`pay`, `submitPayment`), the notifyType, or the event's name.
    public var name: String
    public var paymentRequestId: String?
    public var paymentId: String?
    public var resultStatus: ResultStatus?
    public var resultCode: ResultCode?
    /// Delivery attempt number (notification attempts).
    public var attempt: Int?
    public var acked: Bool?
    public var httpStatus: Int?
    /// A readable line for the timeline.
    public var message: String

    public init(
        index: Int, time: Date, kind: APOActivityKind, name: String, paymentRequestId: String? = nil,
        paymentId: String? = nil, resultStatus: ResultStatus? = nil, resultCode: ResultCode? = nil, attempt: Int? = nil,
        acked: Bool? = nil, httpStatus: Int? = nil, message: String
    ) {
        self.index = index
        self.time = time
        self.kind = kind
        self.name = name
        self.paymentRequestId = paymentRequestId
        self.paymentId = paymentId
        self.resultStatus = resultStatus
        self.resultCode = resultCode
        self.attempt = attempt
        self.acked = acked
        self.httpStatus = httpStatus
        self.message = message
    }
}
