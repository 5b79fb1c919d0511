/// What `checkout-tui play` writes with `--report`: whether every expectation held, each one's outcome, the final
/// screen and the whole timeline. docs/qa.md documents the schema.
public struct HeadlessReport: Codable, Equatable, Sendable {
    public var passed: Bool
    public var scenario: String
    public var steps: Int
    /// Why the run stopped early: a step that could not be carried out on the page (absent on success).
    public var error: StepFailure?
    public var expectations: [ExpectationResult]
    /// The terminal's text when the run ended, one string per row.
    public var screen: [String]
    public var timeline: [ReportTimelineEntry]
}

extension HeadlessReport {
    /// The report of a run that never started because its scenario, steps file or APO could not be used: failed,
    /// with the reason as the error of step 0 (the input as a whole), so CI shows why instead of a missing file.
    public static func unusableInput(scenario: String, message: String) -> HeadlessReport {
        HeadlessReport(
            passed: false, scenario: scenario, steps: 0, error: StepFailure(step: 0, kind: "input", message: message),
            expectations: [], screen: [], timeline: [])
    }
}

/// A step that could not be done, with where it is in the file.
public struct StepFailure: Codable, Equatable, Sendable {
    /// 1-based, as errors name steps; 0 when the input as a whole could not be used (`unusableInput`).
    public var step: Int
    public var kind: String
    public var message: String
}

/// One expectation and how it came out; a failure carries the screen at that moment.
public struct ExpectationResult: Codable, Equatable, Sendable {
    public var step: Int
    /// `expectEvent`, `expectScreen` or `expectPaymentStatus`.
    public var kind: String
    public var expected: String
    /// nil when the run stopped before reaching the step.
    public var passed: Bool?
    /// What was found instead (the last SDK event, the payment's status).
    public var actual: String?
    public var message: String?
    /// Simulated seconds waited before it held or gave up.
    public var waitedSeconds: Double?
    public var screen: [String]?
}
