import CheckoutDomain
import Foundation

/// One line of the timeline: an SDK event, an API or page call, a notification attempt, a page note or a
/// merchant step, with when it happened and how it went.
public struct TimelineEntry: Equatable, Sendable {
    public var time: Date
    public var source: TimelineSource
    /// The SDK event code, API name or notification name.
    public var title: String
    /// The facts support staff correlate on: paymentRequestId, resultStatus and resultCode, attempt, ack.
    public var summary: String
    /// Why, in a sentence (the event's message, the result's message).
    public var detail: String?
    public var tone: TimelineTone
    /// What explain mode looks up for this entry; nil for the simulator's and the merchant's own steps.
    public var topic: TimelineTopic?

    public init(
        time: Date, source: TimelineSource, title: String, summary: String = "", detail: String? = nil,
        tone: TimelineTone = .neutral, topic: TimelineTopic? = nil
    ) {
        self.time = time
        self.source = source
        self.title = title
        self.summary = summary
        self.detail = detail
        self.tone = tone
        self.topic = topic
    }
}

/// Who produced a timeline entry; the raw value is the tag the timeline shows.
public enum TimelineSource: String, Equatable, Sendable, CaseIterable {
    /// The merchant server's call to Antom.
    case api = "API"
    /// The Checkout Page's own call to Antom.
    case page = "CKP"
    /// An `onEventCallback` event code.
    case sdk = "SDK"
    /// A notification attempt to the merchant's webhook.
    case notification = "NTF"
    /// A page note: something left out or resumed, with the reason.
    case note = "NOTE"
    /// What the merchant's front end did (mount, unmount, redirect).
    case merchant = "MER"
    /// A QA lever (a forced outcome, time travel) and what the APO settled on its own as time passed.
    case simulator = "SIM"
}

/// How an entry went, which decides its colour.
public enum TimelineTone: Equatable, Sendable {
    case neutral
    case success
    case failure
    case pending
}

extension TimelineEntry {
    /// An answered call: `paymentRequestId · S SUCCESS`, coloured by its status.
    static func call(
        _ source: TimelineSource, _ name: String, paymentRequestId: String?, result: APOResult, extra: String? = nil,
        at time: Date
    ) -> TimelineEntry {
        let facts = [paymentRequestId, "\(result.resultStatus.rawValue) \(result.resultCode)", extra]
        // A success's message ("success.") says nothing the status does not; a failure's says why.
        return TimelineEntry(
            time: time, source: source, title: name, summary: facts.compactMap { $0 }.joined(separator: " · "),
            detail: result.resultStatus == .success ? nil : result.resultMessage, tone: TimelineTone(result.resultStatus),
            topic: .call(api: name, result: result))
    }

    /// A call that got no usable answer.
    static func unanswered(
        _ source: TimelineSource, _ name: String, paymentRequestId: String?, error: APOClientError, at time: Date
    ) -> TimelineEntry {
        TimelineEntry(
            time: time, source: source, title: name,
            summary: [paymentRequestId, "no answer"].compactMap { $0 }.joined(separator: " · "),
            detail: error.description, tone: .failure, topic: .call(api: name, result: nil))
    }

    static func sdk(_ event: SDKEvent) -> TimelineEntry {
        var facts: [String] = []
        if let result = event.result {
            if let status = result.resultStatus { facts.append(status) }
            if let code = result.paymentResultCode { facts.append(code.rawValue) }
            if let card = result.cardPaymentResultInfo {
                facts.append([card.cardBrand, card.cardNo].compactMap { $0 }.joined(separator: " "))
                if let token = card.cardToken { facts.append("cardToken \(token)") }
            }
        }
        return TimelineEntry(
            time: event.time, source: .sdk, title: event.code.rawValue,
            summary: facts.filter { !$0.isEmpty }.joined(separator: " · "), detail: event.message,
            tone: TimelineTone(event.code), topic: .event(event))
    }

    static func note(_ note: PageNote) -> TimelineEntry {
        TimelineEntry(
            time: note.time, source: .note, title: note.kind.rawValue, detail: note.message)
    }

    /// One delivery attempt: `PAY_1 · PAYMENT_RESULT · #1 · not acked: HTTP 500 "try later" · attempt 2 of 8 in
    /// 2 min`, with why it was or was not the ack, the latency and the answer in the detail.
    /// - Parameter result: the notification body's `result`, when the feed could read it (for explain mode).
    static func notification(_ attempt: NotificationAttempt, result: APOResult? = nil) -> TimelineEntry {
        let name = attempt.notifyType.apiName
        var detail = DeliveryText.why(attempt)
        if attempt.acked {
            let latency = attempt.latency.map { " (\(DeliveryText.milliseconds($0)))" } ?? ""
            detail = "The merchant returned \(attempt.verdict.reason)\(latency); no more attempts."
        } else if let answer = attempt.answer {
            detail += " · answer: \(answer)"
        }
        return TimelineEntry(
            time: attempt.time, source: .notification, title: name,
            summary: [attempt.paymentRequestId, attempt.notifyType.rawValue, "#\(attempt.attempt)", DeliveryText.outcome(attempt)]
                .compactMap { $0 }.joined(separator: " · "),
            detail: detail, tone: attempt.acked ? .success : .failure,
            topic: .notification(notifyType: attempt.notifyType, result: result, delivery: attempt))
    }
}

extension TimelineTone {
    init(_ status: ResultStatus) {
        switch status {
        case .success: self = .success
        case .failure: self = .failure
        case .unknown: self = .pending
        }
    }

    init(_ code: SDKEventCode) {
        switch code {
        case .paymentSuccessful: self = .success
        case .paymentProcessing, .paymentChallenge: self = .pending
        case .paymentFail, .paymentError, .formVerificationFailed, .callURLError, .duplicateSubmission:
            self = .failure
        default: self = code.category == .error ? .failure : .neutral
        }
    }
}
