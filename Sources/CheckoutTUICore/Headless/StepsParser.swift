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
            let place = JSONSyntaxError.locate(in: data).map { ": \($0)" } ?? " (\(error.localizedDescription))"
            throw StepsFileError(source: source, problem: "is not valid JSON\(place)")
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
        case "select": return .select(paymentMethodType: PaymentMethodType(rawValue: try field.string()))
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
        case "merchant": return .merchant(try field.merchantStep())
        case "expectNotification": return .expectNotification(try field.notificationExpectation())
        case "expectMerchantCall": return .expectMerchantCall(try field.merchantCallExpectation())
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
            seconds = SimulatedDuration.seconds(text)
        } else if !isJSONBoolean, let number = value as? Double, number > 0, number.isFinite {
            seconds = number
        } else {
            seconds = nil
        }
        guard let seconds else { throw error("expected \(SimulatedDuration.examples)") }
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

    /// `{"capture": "2000"}`, `{"refund": "500"}`, `{"cancel": true}`, `{"inquire": true}`.
    func merchantStep() throws(StepsFileError) -> MerchantStep {
        let example = "like {\"capture\": \"2000\"}, {\"refund\": \"500\"}, {\"cancel\": true} or {\"inquire\": true}"
        guard let object = value as? [String: Any], object.count == 1, let (name, inner) = object.first else {
            throw error("expected an object with one of \(MerchantStep.names.joined(separator: ", ")), \(example)")
        }
        let nested = StepValue(value: inner, error: { problem in self.error("\(name) \(problem)") })
        switch name {
        case "capture": return .capture(value: try nested.minorUnits())
        case "refund": return .refund(value: try nested.minorUnits())
        case "cancel": try nested.isTrue(); return .cancel
        case "inquire": try nested.isTrue(); return .inquire
        default:
            throw error("unknown merchant step \"\(name)\" (allowed: \(MerchantStep.names.joined(separator: ", ")))")
        }
    }

    /// An amount in minor units as Antom's `Amount.value`: a string (or a whole number) of digits, more than 0.
    func minorUnits() throws(StepsFileError) -> String {
        let text: String
        if let string = value as? String {
            text = string
        } else if !isJSONBoolean, let number = value as? NSNumber, let whole = Int64(exactly: number.doubleValue) {
            text = String(whole)
        } else {
            throw error("expected an amount in minor units as Antom's Amount.value, like \"2000\" for 20.00")
        }
        guard !text.isEmpty, text.allSatisfy(\.isASCIIDigit) else {
            throw error(
                "\"\(text)\" is not an amount in minor units: digits only, no decimal point or sign (\"2000\" is 20.00)")
        }
        guard text.contains(where: { $0 != "0" }) else { throw error("must be more than 0") }
        return text
    }

    /// `{"notifyType": "PAYMENT_RESULT", "attempt": 2, "acked": true, "httpStatus": 500}`, any subset.
    func notificationExpectation() throws(StepsFileError) -> NotificationExpectation {
        let object = try keyedObject(allowed: NotificationExpectation.keys)
        var expectation = NotificationExpectation()
        for (key, inner) in object {
            let nested = StepValue(value: inner, error: { problem in self.error("\(key) \(problem)") })
            switch key {
            case "notifyType": expectation.notifyType = NotifyType(rawValue: try nested.string())
            case "attempt": expectation.attempt = try nested.wholeNumber(in: 1...NotificationSchedule.antom.count)
            case "acked": expectation.acked = try nested.boolean()
            default: expectation.httpStatus = try nested.wholeNumber(in: 100...599)
            }
        }
        return expectation
    }

    /// `{"api": "refund", "resultStatus": "S", "resultCode": "SUCCESS"}`; `api` is required.
    func merchantCallExpectation() throws(StepsFileError) -> MerchantCallExpectation {
        let object = try keyedObject(allowed: MerchantCallExpectation.keys)
        let allowed = MerchantCallExpectation.apis.map(\.rawValue).joined(separator: ", ")
        guard let api = object["api"] else { throw error("needs \"api\" (\(allowed))") }
        let name = try StepValue(value: api, error: { problem in self.error("api \(problem)") }).string()
        guard let endpoint = APOEndpoint(rawValue: name), MerchantCallExpectation.apis.contains(endpoint) else {
            throw error("api \"\(name)\" is not a merchant call (allowed: \(allowed))")
        }
        var expectation = MerchantCallExpectation(api: endpoint)
        if let status = object["resultStatus"] {
            let text = try StepValue(value: status, error: { problem in self.error("resultStatus \(problem)") }).string()
            guard let status = ResultStatus(rawValue: text) else {
                throw error("resultStatus \"\(text)\" is not one of S, F, U")
            }
            expectation.resultStatus = status
        }
        if let code = object["resultCode"] {
            expectation.resultCode = ResultCode(
                rawValue: try StepValue(value: code, error: { problem in self.error("resultCode \(problem)") }).string())
        }
        return expectation
    }

    private func keyedObject(allowed: [String]) throws(StepsFileError) -> [String: Any] {
        guard let object = value as? [String: Any] else {
            throw error("expected an object with any of \(allowed.joined(separator: ", "))")
        }
        if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw error("unknown key \"\(unknown)\" (allowed: \(allowed.joined(separator: ", ")))")
        }
        return object
    }

    func boolean() throws(StepsFileError) -> Bool {
        guard isJSONBoolean, let flag = value as? Bool else { throw error("expected true or false") }
        return flag
    }

    func wholeNumber(in range: ClosedRange<Int>) throws(StepsFileError) -> Int {
        guard !isJSONBoolean, let number = value as? NSNumber, let whole = Int(exactly: number.doubleValue),
            range.contains(whole)
        else { throw error("expected a whole number from \(range.lowerBound) to \(range.upperBound)") }
        return whole
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
