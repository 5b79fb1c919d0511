import Foundation

/// What explain mode shows a support trainee about one event, result code, notification or API call.
public struct Explanation: Hashable, Sendable {
    /// What was explained, as the trainee saw it on the timeline.
    public var subject: ExplanationSubject
    /// The locale the texts were taken from (fields the locale lacks are en_US).
    public var locale: String
    /// Plain words, no codes (`The bank declined the payment`).
    public var title: String
    /// One or two sentences for a support trainee.
    public var whatHappened: String
    /// Which API, event or notification carries it, and who sends it to whom.
    public var whereItComesFrom: String
    /// What support should say to the buyer.
    public var tellTheBuyer: String
    /// What the merchant's system or staff should do next.
    public var merchantNextStep: String
    /// The seeds and reference sections the texts rest on.
    public var sources: [String]
    /// False when some part had no entry and the honest "look it up" text stands in for it.
    public var isKnown: Bool
}

/// The thing an `Explanation` is about.
public enum ExplanationSubject: Hashable, Sendable {
    /// An SDK event, with the result code it carried when that code shaped the explanation.
    case event(SDKEventCode, resultCode: ResultCode?)
    /// A `resultCode` / `paymentResultCode`, from a named API when known.
    case resultCode(ResultCode, api: String?)
    /// A notification by `notifyType` and `result.resultStatus`, with its `resultCode` when that shaped the
    /// explanation.
    case notification(notifyType: NotifyType, resultStatus: ResultStatus, resultCode: ResultCode?)
    /// An Antom API or a Checkout Page call by name (`inquiryPayment`, `submitPayment`).
    case api(String)
}
