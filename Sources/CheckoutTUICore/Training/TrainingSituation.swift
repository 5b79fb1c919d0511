import CheckoutDomain
import Foundation

/// A case's situation, set up: its scenario and steps have run on the in-process mock (the buyer's and the
/// merchant's actions, time moved on), and the session goes on for the trainee to investigate.
@MainActor
public struct TrainingSituation {
    public let trainingCase: TrainingCase
    /// The simulation the steps ran on: its app, its mock, its clock.
    public let session: HeadlessSession
    /// The steps' own report (every expectation held, or the case would be broken).
    public let report: HeadlessReport
    /// Masks the test cards and any number the steps typed, in everything written out.
    public let redactor: CardNumberRedactor
    /// The locale the session (and so the ticket) is in.
    public var locale: String { session.app.environment.explainer?.locale ?? Explainer.fallbackLocale }

    /// Runs the case's scenario and steps with the bundled data. `locale` (the trainee's `--locale`) replaces the
    /// scenario's. A case whose scenario, steps or run fails is broken: the error names the file and the field.
    public static func open(
        _ entry: TrainingCaseEntry, locale: String?, testCards: SandboxTestCards, size: Size
    ) async throws(TrainingCaseError) -> TrainingSituation {
        let trainingCase = try entry.loaded.get()
        let file = entry.file
        var audited = try scenario(of: trainingCase, entry: entry, testCards: testCards)
        if let locale {
            do {
                audited.scenario = try LocaleOverride.apply(locale, to: audited.scenario, available: Strings.bundled().locales)
            } catch {
                throw .invalid(file: file, field: nil, problem: "--locale: \(error)")
            }
        }
        let steps: [HeadlessStep]
        do {
            steps = try StepsParser(source: "\(file): steps").parse(WireCoding.encode(trainingCase.steps))
        } catch {
            throw .invalid(file: file, field: nil, problem: String(error.description.dropFirst(file.count + 2)))
        }
        var run = HeadlessRun(
            scenario: audited.scenario, scenarioName: entry.id, mode: CheckoutMode(rawValue: audited.scenario.mode?.rawValue ?? "embedded") ?? .embedded, size: size,
            testCards: testCards)
        run.scenarioWarnings = audited.warnings
        let session: HeadlessSession
        do {
            session = try run.makeSession()
        } catch {
            throw .invalid(file: file, field: "scenario", problem: "cannot be simulated: \(error)")
        }
        let redactor = run.redactor(for: steps)
        let report = await HeadlessPlayer(session: session, scenarioName: entry.id, redactor: redactor).play(steps)
        if let failure = report.error {
            throw .invalid(file: file, field: "steps[\(failure.step - 1)]", problem: "could not be done: \(failure.message)")
        }
        if let failed = report.expectations.first(where: { $0.passed == false }) {
            throw .invalid(
                file: file, field: "steps[\(failed.step - 1)]",
                problem: "did not hold, so the situation is not the one the case describes: \(failed.message ?? failed.expected)")
        }
        if let evidence = trainingCase.evidence, session.app.state.timeline.firstIndex(matching: evidence) == nil {
            throw .invalid(
                file: file, field: "questions", problem: "the evidence answer (\(evidence.description)) matches no timeline entry after the steps")
        }
        return TrainingSituation(trainingCase: trainingCase, session: session, report: report, redactor: redactor)
    }

    /// The case's scenario: bundled by name, a file beside the case, or inline.
    private static func scenario(
        of trainingCase: TrainingCase, entry: TrainingCaseEntry, testCards: SandboxTestCards
    ) throws(TrainingCaseError) -> AuditedScenario {
        let library = ScenarioLibrary(testCards: testCards)
        do {
            switch trainingCase.scenario {
            case .named(let name) where name.hasSuffix(".json"):
                let path = entry.url.deletingLastPathComponent().appendingPathComponent(name).path
                return try library.loadAudited(path)
            case .named(let name):
                return try library.loadAudited(name)
            case .inline(let value):
                return try library.parseAudited(WireCoding.encode(value), source: "\(entry.file): scenario")
            }
        } catch {
            throw .invalid(file: entry.file, field: "scenario", problem: "cannot be used: \(error)")
        }
    }

    /// The proving entry's index in the timeline (the first entry the evidence answer takes).
    public var evidenceIndex: Int? {
        trainingCase.evidence.flatMap { session.app.state.timeline.firstIndex(matching: $0) }
    }
}
