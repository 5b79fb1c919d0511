import Foundation

/// One locale's explain-mode knowledge base: the decoded `assets/explain/<locale>.json`.
///
/// Every section may be absent in a translation; en_US has them all (a test keeps it complete).
struct ExplainBook: Decodable, Hashable, Sendable {
    /// By SDK event code (`SDK_PAYMENT_FAIL`).
    var events: [String: ExplainEntry]
    /// By `resultCode` / `paymentResultCode` (`DO_NOT_HONOR`).
    var resultCodes: [String: ExplainEntry]
    /// By `notifyType`, then `result.resultStatus` (`PAYMENT_RESULT` → `F`).
    var notifications: [String: [String: ExplainEntry]]
    /// By API or Checkout Page call name (`inquiryPayment`, `submitPayment`).
    var apis: [String: ExplainEntry]
    /// By `DeliveryFailure` (`serverError`, `timedOut`, `notAnAck`…): why a notification was not acked and what
    /// the merchant must fix, with a `{reason}` placeholder.
    var deliveries: [String: ExplainEntry]
    /// The honest stand-ins for what has no entry, by kind (`event`, `resultCode`, `notification`, `api`), with
    /// `{code}`, `{api}`, `{notifyType}`, `{resultStatus}` placeholders.
    var unknown: [String: ExplainEntry]
    /// Phrases that join two entries (`combinedTitle`: `{title} ({code}): {reason}`).
    var templates: [String: String]

    init(
        events: [String: ExplainEntry] = [:], resultCodes: [String: ExplainEntry] = [:],
        notifications: [String: [String: ExplainEntry]] = [:], apis: [String: ExplainEntry] = [:],
        deliveries: [String: ExplainEntry] = [:], unknown: [String: ExplainEntry] = [:],
        templates: [String: String] = [:]
    ) {
        self.events = events
        self.resultCodes = resultCodes
        self.notifications = notifications
        self.apis = apis
        self.deliveries = deliveries
        self.unknown = unknown
        self.templates = templates
    }

    private enum CodingKeys: String, CodingKey {
        case events, resultCodes, notifications, apis, deliveries, unknown, templates
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        events = try container.decodeIfPresent([String: ExplainEntry].self, forKey: .events) ?? [:]
        resultCodes = try container.decodeIfPresent([String: ExplainEntry].self, forKey: .resultCodes) ?? [:]
        notifications =
            try container.decodeIfPresent([String: [String: ExplainEntry]].self, forKey: .notifications) ?? [:]
        apis = try container.decodeIfPresent([String: ExplainEntry].self, forKey: .apis) ?? [:]
        deliveries = try container.decodeIfPresent([String: ExplainEntry].self, forKey: .deliveries) ?? [:]
        unknown = try container.decodeIfPresent([String: ExplainEntry].self, forKey: .unknown) ?? [:]
        templates = try container.decodeIfPresent([String: String].self, forKey: .templates) ?? [:]
    }

    /// Decodes one locale file, naming it and the failing path on error.
    static func decode(_ data: Data, file: String) throws(LocaleTableError) -> ExplainBook {
        do {
            return try JSONDecoder().decode(ExplainBook.self, from: data)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.dataCorrupted(context),
            let DecodingError.valueNotFound(_, context), let DecodingError.keyNotFound(_, context)
        {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw .malformed(file: file, reason: (path.isEmpty ? "" : "at \(path): ") + context.debugDescription)
        } catch {
            throw .malformed(file: file, reason: error.localizedDescription)
        }
    }
}
