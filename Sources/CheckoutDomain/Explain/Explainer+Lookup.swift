import Foundation

/// Finding entries with per-field fallback to en_US, and turning them into `Explanation`s.
extension Explainer {
    /// An entry and whether it came from the knowledge base (false: the generic "look it up" stand-in).
    struct Found {
        var entry: ExplainEntry
        var isKnown: Bool
    }

    /// Codes that say nothing beyond the event or notification they arrive with.
    private static let uninformative: Set<ResultCode> = [.success, .paymentInProcess]

    /// The code worth explaining alongside an event or notification, if any.
    static func reason(_ code: ResultCode?) -> ResultCode? {
        guard let text = code?.rawValue.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        let code = ResultCode(rawValue: text)
        return uninformative.contains(code) ? nil : code
    }

    /// The entry at `section[key]`: this locale's fields first, en_US's for the rest; nil when neither has it.
    func known(_ section: KeyPath<ExplainBook, [String: ExplainEntry]>, _ key: String) -> Found? {
        lookup { $0[keyPath: section][key] }.map { Found(entry: $0, isKnown: true) }
    }

    /// The notification entry for `notifyType` and `status`.
    func known(
        _ section: KeyPath<ExplainBook, [String: [String: ExplainEntry]]>, _ key: String, _ status: String
    ) -> Found? {
        lookup { $0[keyPath: section][key]?[status] }.map { Found(entry: $0, isKnown: true) }
    }

    /// The knowledge base's stand-in for something it has no entry for, with its placeholders filled.
    func unknown(_ kind: String, _ arguments: TextArguments) -> Found {
        Found(entry: (lookup { $0.unknown[kind] } ?? ExplainEntry()).filled(arguments), isKnown: false)
    }

    /// A result code's entry; the API's refinement wins over the general entry field by field, in any language,
    /// because a more specific English line is more use to a trainee than a vaguer translated one.
    func resultCodeEntry(_ code: ResultCode, api: String?) -> Found {
        guard let base = lookup({ $0.resultCodes[code.rawValue] }) else {
            return unknown("resultCode", ["code": code.rawValue])
        }
        guard let api, let refined = lookup({ $0.resultCodes[code.rawValue]?.byApi?[api] }) else {
            return Found(entry: base, isKnown: true)
        }
        return Found(entry: refined.over(base), isKnown: true)
    }

    /// `head` followed by what `code` adds: its reason in the title, its story and next step appended.
    func combined(_ subject: ExplanationSubject, _ head: Found, code: ResultCode, buyerHearsReason: Bool) -> Explanation {
        let reason = resultCodeEntry(code, api: nil)
        let separator = template("sentenceSeparator") ?? " "
        func join(_ first: String?, _ second: String?) -> String? {
            [first, second].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: separator)
        }
        let title = TextTemplate(template("combinedTitle") ?? "{title} ({code}): {reason}").filled(
            ["title": head.entry.title ?? "", "code": code.rawValue, "reason": reason.entry.title ?? code.rawValue])
        let entry = ExplainEntry(
            title: title, whatHappened: join(head.entry.whatHappened, reason.entry.whatHappened),
            whereItComesFrom: join(head.entry.whereItComesFrom, reason.entry.whereItComesFrom),
            tellTheBuyer: buyerHearsReason ? reason.entry.tellTheBuyer : head.entry.tellTheBuyer,
            merchantNextStep: join(head.entry.merchantNextStep, reason.entry.merchantNextStep))
        var explanation = explanation(subject, Found(entry: entry, isKnown: head.isKnown && reason.isKnown))
        explanation.sources = Self.unique([head.entry.source, reason.entry.source])
        return explanation
    }

    func explanation(_ subject: ExplanationSubject, _ found: Found) -> Explanation {
        let entry = found.entry
        return Explanation(
            subject: subject, locale: locale, title: entry.title ?? Self.label(subject),
            whatHappened: entry.whatHappened ?? "", whereItComesFrom: entry.whereItComesFrom ?? "",
            tellTheBuyer: entry.tellTheBuyer ?? "", merchantNextStep: entry.merchantNextStep ?? "",
            sources: Self.unique([entry.source]), isKnown: found.isKnown)
    }

    private func template(_ name: String) -> String? {
        books[locale]?.templates[name] ?? books[Self.fallbackLocale]?.templates[name]
    }

    /// `pick` from this locale's book laid over en_US's.
    private func lookup(_ pick: (ExplainBook) -> ExplainEntry?) -> ExplainEntry? {
        let english = books[Self.fallbackLocale].flatMap(pick)
        let own = locale == Self.fallbackLocale ? nil : books[locale].flatMap(pick)
        guard let own else { return english }
        return own.over(english)
    }

    private static func unique(_ sources: [String?]) -> [String] {
        var seen: Set<String> = []
        return sources.compactMap { $0 }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The code itself, when even the stand-in has no title (a knowledge base missing its `unknown` section).
    private static func label(_ subject: ExplanationSubject) -> String {
        switch subject {
        case .event(let code, _): code.rawValue
        case .resultCode(let code, _): code.rawValue
        case .notification(let notifyType, let status, _): "\(notifyType) \(status.rawValue)"
        case .api(let api): api
        }
    }

    /// The knowledge base a requested locale maps to: exact, then same language, then en_US.
    static func resolve(_ requested: String?, among locales: Set<String>) -> String {
        LocaleFiles.resolve(requested, among: locales, fallback: fallbackLocale)
    }
}
