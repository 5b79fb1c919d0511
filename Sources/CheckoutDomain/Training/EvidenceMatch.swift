import Foundation

/// What a timeline entry says, as the grader compares it: who produced it and the codes it carries.
///
/// The TUI builds one from each timeline entry, so the domain grades a picked entry without knowing the timeline.
public struct EvidenceFacts: Codable, Hashable, Sendable {
    /// The timeline's tag: `SDK`, `API`, `CKP`, `NTF`, `NOTE`, `MER`, `SIM`.
    public var source: String
    /// The SDK event code, API name or notification name (`notifyPayment`).
    public var title: String
    public var resultStatus: String?
    /// The result code, or a failed payment's `paymentResultCode`.
    public var resultCode: ResultCode?
    public var notifyType: NotifyType?
    public var acked: Bool?
    /// The payment the entry is about, when it names one.
    public var paymentRequestId: String?

    public init(
        source: String, title: String, resultStatus: String? = nil, resultCode: ResultCode? = nil,
        notifyType: NotifyType? = nil, acked: Bool? = nil, paymentRequestId: String? = nil
    ) {
        self.source = source
        self.title = title
        self.resultStatus = resultStatus
        self.resultCode = resultCode
        self.notifyType = notifyType
        self.acked = acked
        self.paymentRequestId = paymentRequestId
    }
}

/// Which timeline entries prove a case's cause: every property given must hold (`{"event": "SDK_PAYMENT_FAIL",
/// "resultCode": "DO_NOT_HONOR"}`); any entry that matches is a right answer.
public struct EvidenceMatch: Codable, Hashable, Sendable {
    /// An SDK event code.
    public var event: String?
    /// An API or Checkout Page call (`inquiryPayment`, `submitPayment`).
    public var api: String?
    /// A notification's `notifyType` (`PAYMENT_RESULT`).
    public var notification: NotifyType?
    public var resultStatus: String?
    public var resultCode: ResultCode?
    /// Whether the merchant's answer to the notification was the ack.
    public var acked: Bool?
    /// The payment the entry is about (two payments for one order tell apart by it).
    public var paymentRequestId: String?

    public init(
        event: String? = nil, api: String? = nil, notification: NotifyType? = nil, resultStatus: String? = nil,
        resultCode: ResultCode? = nil, acked: Bool? = nil, paymentRequestId: String? = nil
    ) {
        self.event = event
        self.api = api
        self.notification = notification
        self.resultStatus = resultStatus
        self.resultCode = resultCode
        self.acked = acked
        self.paymentRequestId = paymentRequestId
    }

    /// True when no property names what the entry must be: such a match would take any entry.
    public var isEmpty: Bool { event == nil && api == nil && notification == nil }

    public func matches(_ facts: EvidenceFacts) -> Bool {
        if let event, facts.source != "SDK" || facts.title != event { return false }
        if let api, !["API", "CKP"].contains(facts.source) || facts.title != api { return false }
        if let notification, facts.source != "NTF" || facts.notifyType != notification { return false }
        if let resultStatus, facts.resultStatus != resultStatus { return false }
        if let resultCode, facts.resultCode != resultCode { return false }
        if let acked, facts.acked != acked { return false }
        if let paymentRequestId, facts.paymentRequestId != paymentRequestId { return false }
        return true
    }

    /// The match in the words of a case file, for messages: `event SDK_PAYMENT_FAIL, resultCode DO_NOT_HONOR`.
    public var description: String {
        let parts: [(String, String?)] = [
            ("event", event), ("api", api), ("notification", notification?.rawValue), ("resultStatus", resultStatus),
            ("resultCode", resultCode?.rawValue), ("acked", acked.map { $0 ? "true" : "false" }),
            ("paymentRequestId", paymentRequestId),
        ]
        return parts.compactMap { name, value in value.map { "\(name) \($0)" } }.joined(separator: ", ")
    }
}
