import CheckoutDomain
import Foundation

/// Reads a steps file: a JSON array of one-key objects, checked up front so a typo fails before the run starts.
public struct StepsParser: Sendable {
    /// The file's name as errors show it (`steps.json`).
    public let source: String

    public init(source: String) {
        self.source = source
    }

    public func parse(_ data: Data) throws(StepsFileError) -> [HeadlessStep] {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw StepsFileError(source: source, problem: "is not valid JSON (\(error.localizedDescription))")
        }
        guard let items = json as? [Any] else {
            throw StepsFileError(source: source, problem: "must be a JSON array of steps, like [{\"pay\": true}]")
        }
        var steps: [HeadlessStep] = []
        for (offset, item) in items.enumerated() {
            steps.append(try parseStep(item, number: offset + 1))
        }
        return steps
    }

    private func parseStep(_ item: Any, number: Int) throws(StepsFileError) -> HeadlessStep {
        guard let object = item as? [String: Any], object.count == 1, let (key, value) = object.first else {
            let keys = (item as? [String: Any]).map { " (got \($0.count): \($0.keys.sorted().joined(separator: ", ")))" }
            throw StepsFileError(
                source: source, step: number, problem: "must be an object with exactly one key\(keys ?? "")")
        }
        let field = StepValue(value: value, error: { problem in
            StepsFileError(source: source, step: number, key: key, problem: problem)
        })
        switch key {
        case "select": return .select(paymentMethodType: try field.string())
        case "selectSaved": return .selectSaved(try field.string())
        case "fill": return .fill(try field.fields())
        case "toggle":
            guard try field.string() == "saveCard" else { throw field.error("only \"saveCard\" can be toggled") }
            return .toggleSaveCard
        case "pay": try field.isTrue(); return .pay
        case "challenge": return .challenge(try field.choice(ChallengeOutcome.self))
        case "wallet": return .wallet(try field.choice(WalletAction.self))
        case "backToMerchant": try field.isTrue(); return .backToMerchant
        case "cancel": try field.isTrue(); return .cancel
        case "advanceClock": return .advanceClock(seconds: try field.duration())
        case "keys": return .keys(try field.keys())
        case "force": return .force(try field.outcomes())
        case "expectEvent":
            let code = try field.string()
            guard let event = SDKEventCode(rawValue: code) else {
                throw field.error("\(code) is not an SDK event code (for example SDK_PAYMENT_SUCCESSFUL)")
            }
            return .expectEvent(event)
        case "expectScreen":
            let text = try field.string()
            guard !text.isEmpty else { throw field.error("the text must not be empty") }
            return .expectScreen(text)
        case "expectPaymentStatus": return .expectPaymentStatus(try field.choice(ExpectedPaymentStatus.self))
        default:
            throw StepsFileError(
                source: source, step: number,
                problem: "unknown step \"\(key)\" (allowed: \(HeadlessStep.allKeys.joined(separator: ", ")))")
        }
    }
}

/// One step's value with the checks its key needs; failures name the step and key.
private struct StepValue {
    let value: Any
    let error: (String) -> StepsFileError

    func string() throws(StepsFileError) -> String {
        guard let text = value as? String else { throw error("expected a string") }
        return text
    }

    func isTrue() throws(StepsFileError) {
        guard isJSONBoolean, let flag = value as? Bool, flag else { throw error("expected true") }
    }

    /// `true` or `false` as written. JSONSerialization hands out numbers as NSNumber, which also cast to Bool when
    /// they are 0 or 1, so `{"advanceClock": 1}` must not be taken for a boolean; a JSON boolean's type is "c".
    private var isJSONBoolean: Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    func choice<Choice: RawRepresentable & CaseIterable>(_ type: Choice.Type) throws(StepsFileError) -> Choice
    where Choice.RawValue == String {
        let text = try string()
        guard let choice = Choice(rawValue: text) else {
            throw error("\"\(text)\" is not one of \(Choice.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return choice
    }

    func fields() throws(StepsFileError) -> [StepField: String] {
        guard let object = value as? [String: Any], !object.isEmpty else {
            throw error("expected an object of field values, like {\"cvv\": \"123\"}")
        }
        var fields: [StepField: String] = [:]
        for (name, text) in object.sorted(by: { $0.key < $1.key }) {
            guard let field = StepField(rawValue: name) else {
                throw error(
                    "unknown field \"\(name)\" (allowed: \(StepField.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let text = text as? String else { throw error("\(name) must be a string") }
            fields[field] = text
        }
        return fields
    }

    /// Seconds as a number, or a string with an optional unit: `30`, `"90s"`, `"15m"`, `"2h"`, `"7d"`.
    func duration() throws(StepsFileError) -> TimeInterval {
        let seconds: TimeInterval?
        if let text = value as? String {
            let units: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
            if let last = text.last, let unit = units[last] {
                seconds = TimeInterval(text.dropLast()).map { $0 * unit }
            } else {
                seconds = TimeInterval(text)
            }
        } else if !isJSONBoolean, let number = value as? Double {
            seconds = number
        } else {
            seconds = nil
        }
        guard let seconds, seconds > 0, seconds.isFinite else {
            throw error("expected a positive number of seconds, or a string like \"90s\", \"15m\", \"2h\", \"7d\"")
        }
        return seconds
    }

    func keys() throws(StepsFileError) -> [Key] {
        let names = try string().split(separator: " ").map(String.init)
        guard !names.isEmpty else { throw error("expected key names separated by spaces, like \"Down Enter\"") }
        var keys: [Key] = []
        for name in names {
            do {
                keys.append(try Key(name: name))
            } catch {
                throw self.error(error.description)
            }
        }
        return keys
    }

    func outcomes() throws(StepsFileError) -> [ForcedOutcome] {
        guard let names = value as? [String], !names.isEmpty else {
            throw error("expected an array of outcomes, like [\"decline:DO_NOT_HONOR\", \"success\"]")
        }
        var outcomes: [ForcedOutcome] = []
        for name in names {
            guard let outcome = ForcedOutcome(stepName: name) else {
                throw error("unknown outcome \"\(name)\" (allowed: \(ForcedOutcome.stepNames.joined(separator: ", ")))")
            }
            outcomes.append(outcome)
        }
        return outcomes
    }
}
