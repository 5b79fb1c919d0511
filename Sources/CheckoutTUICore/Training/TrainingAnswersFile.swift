import CheckoutDomain
import Foundation

/// An answers file for `checkout-tui train play`: one answer per question id, a choice's id or a timeline entry's
/// number (`{"evidence": 9, "cause": "b", "action": "a"}`), checked against the case before anything runs.
public enum TrainingAnswersFile {
    public static func parse(
        _ data: Data, file: String, for trainingCase: TrainingCase
    ) throws(TrainingCaseError) -> [String: TrainingAnswerValue] {
        let object: [String: JSONValue]
        do {
            guard case .object(let decoded) = try JSONDecoder().decode(JSONValue.self, from: data) else {
                throw TrainingCaseError.invalid(
                    file: file, field: nil, problem: "must be a JSON object of question id to answer, like {\"cause\": \"b\"}")
            }
            object = decoded
        } catch let error as TrainingCaseError {
            throw error
        } catch {
            let place = JSONSyntaxError.locate(in: data).map { ": \($0)" } ?? ""
            throw .invalid(file: file, field: nil, problem: "is not valid JSON\(place)")
        }
        let ids = trainingCase.questions.map(\.id)
        for key in object.keys.sorted() where !ids.contains(key) {
            throw .invalid(
                file: file, field: key, problem: "is not a question of case \(trainingCase.id) (questions: \(ids.joined(separator: ", ")))")
        }
        var answers: [String: TrainingAnswerValue] = [:]
        for question in trainingCase.questions {
            guard let value = object[question.id] else {
                throw .invalid(file: file, field: question.id, problem: "is missing: every question needs an answer")
            }
            switch (question.kind.isMultipleChoice, value) {
            case (true, .string(let id)):
                let choices = (question.choices ?? []).map(\.id)
                guard choices.contains(id) else {
                    throw .invalid(
                        file: file, field: question.id,
                        problem: "\"\(id)\" is not among the choices (\(choices.joined(separator: ", ")))")
                }
                answers[question.id] = .choice(id)
            case (false, .number(let number)) where number.rounded() == number && number >= 1 && number < 1e6:
                answers[question.id] = .entry(Int(number))
            case (true, _):
                throw .invalid(file: file, field: question.id, problem: "must be a choice's id (a string, like \"b\")")
            case (false, _):
                throw .invalid(
                    file: file, field: question.id, problem: "must be the number of a timeline entry (1 is the oldest)")
            }
        }
        return answers
    }
}

/// One answer as an answers file gives it, before the timeline says what an entry number stands for.
public enum TrainingAnswerValue: Hashable, Sendable {
    case choice(String)
    case entry(Int)
}
