import Foundation

/// One knowledge-base entry as written in `assets/explain/<locale>.json`.
///
/// Every text is optional so that a translation may cover only some fields; the rest come from en_US.
struct ExplainEntry: Decodable, Hashable, Sendable {
    var title: String?
    var whatHappened: String?
    var whereItComesFrom: String?
    var tellTheBuyer: String?
    var merchantNextStep: String?
    /// Which seed or reference section the entry rests on (`seed 003 "Process payment results"`).
    var source: String?
    /// Refinements of a result code by the API that returned it: `ORDER_NOT_EXIST` from inquiryPayment means the
    /// buyer never submitted, from loadSession that the session is unknown.
    var byApi: [String: ExplainEntry]?

    init(
        title: String? = nil, whatHappened: String? = nil, whereItComesFrom: String? = nil,
        tellTheBuyer: String? = nil, merchantNextStep: String? = nil, source: String? = nil,
        byApi: [String: ExplainEntry]? = nil
    ) {
        self.title = title
        self.whatHappened = whatHappened
        self.whereItComesFrom = whereItComesFrom
        self.tellTheBuyer = tellTheBuyer
        self.merchantNextStep = merchantNextStep
        self.source = source
        self.byApi = byApi
    }

    /// This entry's fields where it has them, `base`'s elsewhere (refinements are not carried over).
    func over(_ base: ExplainEntry?) -> ExplainEntry {
        ExplainEntry(
            title: title ?? base?.title, whatHappened: whatHappened ?? base?.whatHappened,
            whereItComesFrom: whereItComesFrom ?? base?.whereItComesFrom,
            tellTheBuyer: tellTheBuyer ?? base?.tellTheBuyer,
            merchantNextStep: merchantNextStep ?? base?.merchantNextStep, source: source ?? base?.source)
    }

    /// Every `{name}` in every text replaced by `arguments[name]`.
    func filled(_ arguments: TextArguments) -> ExplainEntry {
        func fill(_ text: String?) -> String? { text.map { TextTemplate($0).filled(arguments) } }
        return ExplainEntry(
            title: fill(title), whatHappened: fill(whatHappened), whereItComesFrom: fill(whereItComesFrom),
            tellTheBuyer: fill(tellTheBuyer), merchantNextStep: fill(merchantNextStep), source: source)
    }
}
