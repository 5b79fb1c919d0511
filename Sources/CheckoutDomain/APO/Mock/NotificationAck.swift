import Foundation

/// The answer that tells Antom a notification arrived, and the rule deciding whether an answer is it.
///
/// The rule (docs/DECISIONS.md, "The notification ack"): HTTP 200 with a JSON body whose `result` object has
/// `resultStatus` "S", `resultCode` "SUCCESS" and `resultMessage` "success", where the message's letter case and
/// one closing full stop do not matter (seed 004's sample answer says "Success", seeds 000/003's Java sample
/// "success.") and the three fields may stand at the top level instead of inside `result` (seeds 000/003's Java
/// sample returns `Result` itself, which Spring writes unwrapped). Anything else is retried.
public enum NotificationAck {
    /// `{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}`: seed 003's "fixed format".
    public static let text = #"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}"#
    public static let body = Data(text.utf8)

    /// The values the ack needs, in the order the verdict checks them.
    static let required: [(field: String, value: String)] = [
        ("resultStatus", "S"), ("resultCode", "SUCCESS"), ("resultMessage", "success"),
    ]

    /// True when `body` is an ack under the rule; the HTTP status is not looked at.
    public static func matches(_ body: Data) -> Bool {
        verdict(for: .response(status: 200, body: body)).acked
    }

    /// Whether `outcome` stops the retries, with the reason in one sentence.
    public static func verdict(for outcome: DeliveryOutcome) -> AckVerdict {
        guard let status = outcome.httpStatus else {
            let reason = outcome.noAnswer ?? .other("no answer")
            return .refused(DeliveryFailure(reason), "no answer: \(reason)")
        }
        guard status == 200 else {
            let kind: DeliveryFailure =
                switch status {
                case 401, 403: .signatureRejected
                case 500...599: .serverError
                default: .httpStatus
                }
            return .refused(kind, "HTTP \(status); the ack needs HTTP 200")
        }
        // What nearly every merchant answers, byte for byte: judged without parsing it (the rule below gives the same).
        if outcome.responseBody == body { return exact }
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: outcome.responseBody),
            case .object(let top) = value
        else {
            let shown = outcome.responseBody.isEmpty ? "an empty body" : "not a JSON object"
            return .refused(.notJSON, "the answer is \(shown); the ack is \(text)")
        }
        let wrapped: Bool
        let fields: [String: JSONValue]
        if case .object(let result)? = top["result"] {
            wrapped = true
            fields = result
        } else if required.contains(where: { top[$0.field] != nil }) {
            wrapped = false
            fields = top
        } else {
            return .refused(.notAnAck, "the answer has no \"result\" object; the ack is \(text)")
        }
        let prefix = wrapped ? "result." : ""
        for (field, needed) in required {
            guard case .string(let found)? = fields[field] else {
                let shown = fields[field].map { "is \(WireCoding.encodeString($0)) (not a string)" } ?? "is missing"
                return .refused(.notAnAck, "\(prefix)\(field) \(shown); the ack needs \"\(needed)\"")
            }
            guard accepts(found, for: field, needed: needed) else {
                return .refused(.notAnAck, "\(prefix)\(field) is \"\(found)\"; the ack needs \"\(needed)\"")
            }
        }
        let message = fields["resultMessage"].flatMap { value -> String? in
            if case .string(let text) = value { return text }
            return nil
        }
        var notes: [String] = []
        if message != "success" { notes.append("resultMessage \"\(message ?? "")\" taken for \"success\"") }
        if !wrapped { notes.append("the fields stand unwrapped, as seed 003's Java sample answers; Antom's fixed format wraps them in \"result\"") }
        return AckVerdict(
            acked: true, failure: nil,
            reason: notes.isEmpty ? exact.reason : "the ack (\(notes.joined(separator: "; ")))")
    }

    static let exact = AckVerdict(acked: true, failure: nil, reason: "the exact acknowledgement")

    /// Exact values, except that the message's case and one closing full stop do not matter.
    private static func accepts(_ found: String, for field: String, needed: String) -> Bool {
        guard field == "resultMessage" else { return found == needed }
        let trimmed = found.hasSuffix(".") ? String(found.dropLast()) : found
        return trimmed.lowercased() == needed
    }
}

/// Whether one answer stopped Antom's retries, and why, as the timeline, reports and logs say it.
public struct AckVerdict: Codable, Hashable, Sendable {
    public var acked: Bool
    /// What went wrong, for explain mode; nil when acked.
    public var failure: DeliveryFailure?
    /// One sentence: `the exact acknowledgement`, `result.resultMessage is "ok"; the ack needs "success"`.
    public var reason: String

    public init(acked: Bool, failure: DeliveryFailure?, reason: String) {
        self.acked = acked
        self.failure = failure
        self.reason = reason
    }

    static func refused(_ failure: DeliveryFailure, _ reason: String) -> AckVerdict {
        AckVerdict(acked: false, failure: failure, reason: reason)
    }
}

/// The kinds of failed delivery, each with its own fix on the merchant's side (`assets/explain`, `deliveries`).
public enum DeliveryFailure: String, Codable, CaseIterable, Hashable, Sendable {
    /// No answer within the sender's timeout.
    case timedOut
    /// Nothing listens at the notify URL.
    case connectionRefused
    /// No answer for another reason (DNS, TLS, a reset connection, a URL that cannot be posted to).
    case noAnswer
    /// HTTP 5xx.
    case serverError
    /// HTTP 401 or 403: the merchant's signature check refused the notification.
    case signatureRejected
    /// Any other status than 200.
    case httpStatus
    /// HTTP 200, but the body is no JSON object.
    case notJSON
    /// HTTP 200 and JSON, but not the ack's fields and values.
    case notAnAck

    init(_ reason: NoAnswer) {
        switch reason {
        case .timedOut: self = .timedOut
        case .connectionRefused: self = .connectionRefused
        case .other: self = .noAnswer
        }
    }
}
