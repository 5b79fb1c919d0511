import Foundation

/// Reads a case file and checks what decoding alone cannot: required questions, answers among the choices,
/// English texts everywhere. Every error names the file and the field.
public enum TrainingCaseDecoder {
    /// The keys a case file may have at its top level.
    static let topLevelKeys = ["title", "scenario", "steps", "ticket", "questions"]

    public static func decode(_ data: Data, id: String, file: String) throws(TrainingCaseError) -> TrainingCase {
        try checkKeys(data, file: file)
        var decoded: TrainingCase
        do {
            decoded = try WireCoding.decode(TrainingCase.self, from: data)
        } catch {
            if error.field == nil, let syntax = JSONSyntaxError.locate(in: data) {
                throw .invalid(file: file, field: nil, problem: "is not valid JSON: \(syntax)")
            }
            throw .invalid(file: file, field: error.field, problem: error.problem)
        }
        decoded.id = id
        try check(decoded, file: file)
        return decoded
    }

    private static func checkKeys(_ data: Data, file: String) throws(TrainingCaseError) {
        guard case .object(let object)? = try? JSONDecoder().decode(JSONValue.self, from: data) else { return }
        for key in object.keys.sorted() where !topLevelKeys.contains(key) && key != "_comment" {
            let near = NearestName.suggest(for: key, among: topLevelKeys).map { "; did you mean \($0)?" } ?? ""
            throw .invalid(
                file: file, field: key,
                problem: "is not a case file key (allowed: \(topLevelKeys.joined(separator: ", ")))\(near)")
        }
    }

    static func check(_ trainingCase: TrainingCase, file: String) throws(TrainingCaseError) {
        func invalid(_ field: String, _ problem: String) -> TrainingCaseError {
            .invalid(file: file, field: field, problem: problem)
        }
        func requireEnglish(_ text: LocalizedText, _ field: String) throws(TrainingCaseError) {
            if !text.missing(among: [Strings.fallbackLocale]).isEmpty {
                throw invalid(field, "has no \(Strings.fallbackLocale) text (every other locale falls back to it)")
            }
        }
        try requireEnglish(trainingCase.title, "title")
        try requireEnglish(trainingCase.ticket.text, "ticket.text")
        var ids: Set<String> = []
        for (index, question) in trainingCase.questions.enumerated() {
            let field = "questions[\(index)]"
            if question.id.trimmingCharacters(in: .whitespaces).isEmpty { throw invalid("\(field).id", "must not be empty") }
            if !ids.insert(question.id).inserted { throw invalid("\(field).id", "repeats an earlier question's id \"\(question.id)\"") }
            if let prompt = question.prompt { try requireEnglish(prompt, "\(field).prompt") }
            try requireEnglish(question.why, "\(field).why")
            switch (question.kind.isMultipleChoice, question.answer) {
            case (false, .evidence(let match)):
                if question.choices != nil { throw invalid("\(field).choices", "must be left out: an evidence question is answered by picking a timeline entry") }
                if match.isEmpty { throw invalid("\(field).answer", "must name an event, api or notification the proving entry has") }
            case (false, .choice):
                throw invalid("\(field).answer", "must be an object naming the proving entry ({\"event\": …}, {\"api\": …} or {\"notification\": …})")
            case (true, .evidence):
                throw invalid("\(field).answer", "must be the id of one of the choices")
            case (true, .choice(let answer)):
                let choices = question.choices ?? []
                if choices.count < 2 { throw invalid("\(field).choices", "needs at least two choices") }
                var choiceIds: Set<String> = []
                for (choiceIndex, choice) in choices.enumerated() {
                    let choiceField = "\(field).choices[\(choiceIndex)]"
                    if choice.id.isEmpty { throw invalid("\(choiceField).id", "must not be empty") }
                    if !choiceIds.insert(choice.id).inserted { throw invalid("\(choiceField).id", "repeats \"\(choice.id)\"") }
                    try requireEnglish(choice.text, "\(choiceField).text")
                }
                if !choiceIds.contains(answer) {
                    throw invalid(
                        "\(field).answer",
                        "\"\(answer)\" is not among the choices (\(choices.map(\.id).joined(separator: ", ")))")
                }
            }
        }
        let kinds = Set(trainingCase.questions.map(\.kind))
        if !kinds.contains(.evidence) {
            throw invalid("questions", "has no evidence question (kind \"evidence\": pick the timeline entry that proves the cause)")
        }
        if !kinds.contains(.whatHappened) {
            throw invalid("questions", "has no whatHappened question (kind \"whatHappened\": what happened)")
        }
        if kinds.isDisjoint(with: [.tellTheBuyer, .merchantFix]) {
            throw invalid(
                "questions",
                "has no tellTheBuyer or merchantFix question (what to tell the buyer, or what the merchant must fix)")
        }
    }
}
