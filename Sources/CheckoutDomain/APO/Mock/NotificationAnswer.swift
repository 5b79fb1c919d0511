import Foundation

/// How the merchant's webhook endpoint answers notifications: scenario `merchant.notificationAnswer` for the
/// in-process endpoint, `serve --webhook-answer` for the one on HTTP (docs/scenarios.md).
///
/// Written as `"http500"` or `{"kind": "http500", "times": 2}` (the first two notifications get HTTP 500, then the
/// endpoint acks), or `{"kind": "body", "status": 200, "body": "…"}` for any answer at all.
public struct NotificationAnswer: Hashable, Sendable {
    public var kind: Kind
    /// How many notifications get `kind` before the endpoint acks (every attempt counts); nil: all of them.
    public var times: Int?

    public init(kind: Kind, times: Int? = nil) {
        self.kind = kind
        self.times = times
    }

    /// The default: every notification acked.
    public static let ack = NotificationAnswer(kind: .ack)

    /// What the endpoint answers.
    public enum Kind: Hashable, Sendable {
        /// The exact ack.
        case ack
        /// HTTP 500 with a `SYSTEM_ERROR` result saying "try later", as a merchant whose server failed.
        case http500
        /// No answer before Antom's timeout.
        case timeout
        /// HTTP 401 with an `INVALID_SIGNATURE` result, as a merchant verifying with the wrong public key.
        case signatureRejected
        /// Any status and body, byte for byte.
        case body(status: Int, body: String)

        /// The names `kind` is written with.
        public static let names = ["ack", "http500", "timeout", "signatureRejected", "body"]

        public var name: String {
            switch self {
            case .ack: "ack"
            case .http500: "http500"
            case .timeout: "timeout"
            case .signatureRejected: "signatureRejected"
            case .body: "body"
            }
        }

        /// What goes back over HTTP; nil for `timeout`, which sends nothing in time.
        public var reply: (status: Int, body: Data)? {
            switch self {
            case .ack: (200, NotificationAck.body)
            case .http500: (500, Self.failure(.systemError, "try later"))
            case .timeout: nil
            case .signatureRejected: (401, Self.failure(.invalidSignature, "Invalid notify signature"))
            case .body(let status, let body): (status, Data(body.utf8))
            }
        }

        private static func failure(_ code: ResultCode, _ message: String) -> Data {
            WireCoding.encode(["result": APOResult(resultCode: code, resultStatus: .failure, resultMessage: message)])
        }
    }

    /// The answer to the `number`th notification the endpoint received (1 for the first).
    public func kind(forNumber number: Int) -> Kind {
        guard let times else { return kind }
        return number <= times ? kind : .ack
    }

    /// How the endpoint behaves, in words, for logs and the header: `HTTP 500 twice, then the ack`.
    public var summary: String {
        let what =
            switch kind {
            case .ack: "the ack"
            case .http500: "HTTP 500"
            case .timeout: "no answer (timeout)"
            case .signatureRejected: "HTTP 401 (signature rejected)"
            case .body(let status, _): "HTTP \(status) with a body of its own"
            }
        guard kind != .ack else { return what }
        guard let times else { return "\(what), always" }
        let count = times == 1 ? "once" : times == 2 ? "twice" : "\(times) times"
        return "\(what) \(count), then the ack"
    }
}

extension NotificationAnswer: Codable {
    private enum Key: String, CodingKey, CaseIterable {
        case kind, times, status, body
    }

    public init(from decoder: any Decoder) throws {
        if let name = try? decoder.singleValueContainer().decode(String.self) {
            self.init(kind: try Self.simpleKind(name, codingPath: decoder.codingPath))
            return
        }
        let container = try decoder.container(keyedBy: Key.self)
        try UnknownKeys.check(decoder, allowed: Key.allCases.map(\.rawValue))
        let name = try container.decode(String.self, forKey: .kind)
        let kind: Kind
        if name == "body" {
            let status = try container.decode(Int.self, forKey: .status)
            guard (100...599).contains(status) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .status, in: container, debugDescription: "must be an HTTP status, 100 to 599, not \(status)")
            }
            kind = .body(status: status, body: try container.decode(String.self, forKey: .body))
        } else {
            for key in [Key.status, .body] where container.contains(key) {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "is only for {\"kind\": \"body\"}")
            }
            kind = try Self.simpleKind(name, codingPath: decoder.codingPath + [Key.kind])
        }
        let times = try container.decodeIfPresent(Int.self, forKey: .times)
        if let times, times < 1 {
            throw DecodingError.dataCorruptedError(
                forKey: .times, in: container, debugDescription: "must be at least 1 (leave it out for ever)")
        }
        if times != nil, kind == .ack {
            throw DecodingError.dataCorruptedError(
                forKey: .times, in: container, debugDescription: "means nothing for \"ack\", which always acks")
        }
        self.init(kind: kind, times: times)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(kind.name, forKey: .kind)
        if case .body(let status, let body) = kind {
            try container.encode(status, forKey: .status)
            try container.encode(body, forKey: .body)
        }
        try container.encodeIfPresent(times, forKey: .times)
    }

    private static func simpleKind(_ name: String, codingPath: [any CodingKey]) throws -> Kind {
        switch name {
        case "ack": return .ack
        case "http500": return .http500
        case "timeout": return .timeout
        case "signatureRejected": return .signatureRejected
        case "body":
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath, debugDescription: "\"body\" needs an object: {\"kind\": \"body\", \"status\": 200, \"body\": \"…\"}"))
        default:
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: codingPath,
                    debugDescription: "\"\(name)\" is not an answer (allowed: \(Kind.names.joined(separator: ", ")))"))
        }
    }
}

/// Refuses object keys a type does not know, naming the key and the allowed ones.
enum UnknownKeys {
    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static func check(_ decoder: any Decoder, allowed: [String]) throws {
        let keys = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue).sorted()
        guard let unknown = keys.first(where: { !allowed.contains($0) }) else { return }
        throw DecodingError.dataCorrupted(
            .init(
                codingPath: decoder.codingPath,
                debugDescription: "has an unknown key \"\(unknown)\" (allowed: \(allowed.joined(separator: ", ")))"))
    }
}

extension NotificationAnswer {
    /// Reads an answer as `serve --webhook-answer` takes it: a kind's name (`http500`) or the JSON object a scenario
    /// writes (`{"kind": "body", "status": 200, "body": "OK"}`); `times`, when given, applies to a name.
    public init(argument: String, times: Int? = nil) throws(WireDecodingError) {
        let trimmed = argument.trimmingCharacters(in: .whitespaces)
        var answer: NotificationAnswer
        if trimmed.hasPrefix("{") {
            answer = try WireCoding.decode(NotificationAnswer.self, from: Data(trimmed.utf8))
        } else {
            do {
                answer = NotificationAnswer(kind: try Self.simpleKind(trimmed, codingPath: []))
            } catch {
                let problem = if case .dataCorrupted(let context) = error as? DecodingError { context.debugDescription }
                    else { "\(error)" }
                throw WireDecodingError(field: nil, problem: problem)
            }
        }
        if let times {
            guard answer.times == nil else {
                throw WireDecodingError(field: "times", problem: "is given twice (in the answer and on its own)")
            }
            guard times >= 1, answer.kind != .ack else {
                throw WireDecodingError(
                    field: "times", problem: times < 1 ? "must be at least 1" : "means nothing for \"ack\", which always acks")
            }
            answer.times = times
        }
        self = answer
    }
}
