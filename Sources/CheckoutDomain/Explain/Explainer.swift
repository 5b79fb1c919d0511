import Foundation

/// Explain mode: what an SDK event, result code, notification or API call means, what to tell the buyer and what
/// the merchant does next, from the knowledge base in `assets/explain/<locale>.json`.
///
/// Never fails on an unknown code: it answers with the knowledge base's honest "look it up" entry instead.
public struct Explainer: Sendable {
    /// The locale every other one falls back to, field by field; its knowledge base is complete.
    public static let fallbackLocale = "en_US"

    /// The knowledge base this explainer reads first.
    public let locale: String
    let books: [String: ExplainBook]

    init(books: [String: ExplainBook], locale: String? = nil) {
        self.books = books
        self.locale = Self.resolve(locale, among: Set(books.keys))
    }

    /// Reads every bundled `explain/*.json`; the file name (without `.json`) is the locale.
    public static func bundled(locale: String? = nil) throws(LocaleTableError) -> Explainer {
        Explainer(books: try bundledBooks.get(), locale: locale)
    }

    /// Decoded once per process, when explaining is first asked for: the bundled files cannot change while it runs.
    private static let bundledBooks = Result { () throws(LocaleTableError) -> [String: ExplainBook] in
        var books: [String: ExplainBook] = [:]
        for entry in try LocaleFiles.read(folder: "explain", fallback: fallbackLocale) {
            books[entry.locale] = try ExplainBook.decode(entry.data, file: entry.file)
        }
        return books
    }

    /// The locales that have a knowledge base, sorted.
    public var locales: [String] { books.keys.sorted() }

    /// The same knowledge base read in another locale (`pt-BR`, `pt`; empty or `automatic` means en_US).
    public func localized(for locale: String?) -> Explainer {
        Explainer(books: books, locale: locale)
    }

    // MARK: - Explaining

    /// An SDK event; a failure is joined with the advice for the `paymentResultCode` it carries.
    public func explain(event: SDKEvent) -> Explanation {
        let head = known(\.events, event.code.rawValue) ?? unknown("event", ["code": event.code.rawValue])
        guard let code = Self.reason(event.result?.paymentResultCode ?? event.result?.resultCode) else {
            return explanation(.event(event.code, resultCode: nil), head)
        }
        // A failure's code is the reason the buyer needs to hear; while a payment may still complete, the event's
        // own advice ("don't pay again") stays.
        let failed = event.code == .paymentFail || event.code == .paymentRetry
        return combined(.event(event.code, resultCode: code), head, code: code, buyerHearsReason: failed)
    }

    /// A `resultCode` or `paymentResultCode`, refined by the API that returned it when the knowledge base says more.
    public func explain(resultCode: ResultCode, api: String? = nil) -> Explanation {
        explanation(.resultCode(resultCode, api: api), resultCodeEntry(resultCode, api: api))
    }

    /// A notification (`PAYMENT_RESULT`, `PAYMENT_PENDING`, `CAPTURE_RESULT`, `REFUND_RESULT`); an F is joined
    /// with the advice for its `resultCode`, and a delivery the merchant did not ack with what it must fix.
    public func explain(
        notifyType: NotifyType, resultStatus: ResultStatus, resultCode: ResultCode? = nil, delivery: AckVerdict? = nil
    ) -> Explanation {
        let head =
            known(\.notifications, notifyType.rawValue, resultStatus.rawValue)
            ?? unknown("notification", ["notifyType": notifyType.rawValue, "resultStatus": resultStatus.rawValue])
        var explained: Explanation
        if resultStatus == .failure, let code = Self.reason(resultCode) {
            explained = combined(
                .notification(notifyType: notifyType, resultStatus: resultStatus, resultCode: code), head, code: code,
                buyerHearsReason: true)
        } else {
            explained = explanation(
                .notification(notifyType: notifyType, resultStatus: resultStatus, resultCode: nil), head)
        }
        guard let delivery, let failure = delivery.failure else { return explained }
        return notAcked(explained, failure: failure, reason: delivery.reason)
    }

    /// `explained` led by why the merchant's answer was not the ack and what to fix for `failure`.
    private func notAcked(_ explained: Explanation, failure: DeliveryFailure, reason: String) -> Explanation {
        let found = known(\.deliveries, failure.rawValue)?.entry.filled(["reason": reason])
        var explained = explained
        if let title = found?.title { explained.title = title + " — " + explained.title }
        explained.whatHappened = [found?.whatHappened, explained.whatHappened].compactMap { $0 }.filter { !$0.isEmpty }
            .joined(separator: " ")
        explained.merchantNextStep = [found?.merchantNextStep, explained.merchantNextStep].compactMap { $0 }.filter { !$0.isEmpty }
            .joined(separator: " ")
        if let source = found?.source, !explained.sources.contains(source) { explained.sources.insert(source, at: 0) }
        return explained
    }

    /// An Antom API (`createPaymentSession`, `pay`, `inquiryPayment`, `capture`, `cancel`, `refund`,
    /// `inquiryRefund`) or a Checkout Page call the simulator's timeline shows (`loadSession`, `submitPayment`…).
    public func explain(api: String) -> Explanation {
        explanation(.api(api), known(\.apis, api) ?? unknown("api", ["api": api]))
    }
}
