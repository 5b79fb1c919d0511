import CheckoutDomain
import Foundation

/// `checkout-tui play` without the command line: a scenario and its steps in, a report (and its files' text) out.
public struct HeadlessRun: Sendable {
    public let scenario: Scenario
    /// The bundled name or path, as reports and the header show it.
    public let scenarioName: String
    public let mode: CheckoutMode
    public let size: Size
    public let testCards: SandboxTestCards
    /// Keys of the scenario file nothing reads; the run's timeline starts with them.
    public var scenarioWarnings: [ScenarioWarning] = []
    /// Where the in-process mock's calls run: its own queue unless set. `checkout-tui play`, a process that does
    /// nothing else, sets the main actor's, where the steps wait for each answer (`SimulatedCheckout`).
    public var mockExecutor: UnownedSerialExecutor?

    public init(scenario: Scenario, scenarioName: String, mode: CheckoutMode, size: Size, testCards: SandboxTestCards) {
        self.scenario = scenario
        self.scenarioName = scenarioName
        self.mode = mode
        self.size = size
        self.testCards = testCards
    }

    /// Plays `steps` on a fresh simulation starting at `SimulatedCheckout.defaultStart`.
    @MainActor
    public func play(_ steps: [HeadlessStep]) async throws(HeadlessSetupError) -> HeadlessReport {
        await HeadlessPlayer(session: try makeSession(), scenarioName: scenarioName, redactor: redactor(for: steps))
            .play(steps)
    }

    /// A fresh simulation starting at `SimulatedCheckout.defaultStart`, for callers that go on with the session
    /// after the steps (a training case's investigation).
    @MainActor
    public func makeSession() throws(HeadlessSetupError) -> HeadlessSession {
        let clock = ManualClock(SimulatedCheckout.defaultStart)
        let checkout = try SimulatedCheckout(
            scenario: scenario, scenarioName: scenarioName, mode: mode, clock: clock, testCards: testCards,
            scenarioWarnings: scenarioWarnings, mockExecutor: mockExecutor)
        return HeadlessSession(checkout: checkout, clock: clock, size: size)
    }

    /// Plays `steps` against an APO over HTTP, on the machine's clock with random ids (a live server keeps every
    /// payment, so two runs must not share ids). `patience` is in real seconds. `clock` is the one `remote.controls`
    /// moves along with the served mock's.
    @MainActor
    public func play(
        _ steps: [HeadlessStep], remote: RemoteHeadlessAPO, clock: any WallClock = SystemClock(),
        patience: TimeInterval = HeadlessPlayer.patience
    ) async throws(HeadlessSetupError) -> HeadlessReport {
        let checkout: RemoteCheckout
        do {
            checkout = try RemoteCheckout(
                scenario: scenario, scenarioName: scenarioName, mode: mode, remote: remote, clock: clock,
                scenarioWarnings: scenarioWarnings)
        } catch {
            throw .app(error)
        }
        let session = RemoteHeadlessSession(
            checkout: checkout, merchantServer: remote.merchantServer, controls: remote.controls, size: size,
            patience: patience)
        return await HeadlessPlayer(session: session, scenarioName: scenarioName, redactor: redactor(for: steps))
            .play(steps)
    }

    /// Test cards plus any number the steps typed, so even a non-test number never reaches a report.
    public func redactor(for steps: [HeadlessStep]) -> CardNumberRedactor {
        let typed = steps.compactMap { step -> String? in
            guard case .fill(let values) = step else { return nil }
            return values[.cardNo]
        }
        return CardNumberRedactor(testCards: testCards, extra: typed)
    }

    /// The report as JSON (sorted keys, pretty), card numbers masked once more on the way out.
    public func json(_ report: HeadlessReport, redactor: CardNumberRedactor) -> String {
        Self.json(report, redactor: redactor)
    }

    /// The report as JSON; without a redactor only for reports that hold no typed input (`unusableInput`).
    public static func json(_ report: HeadlessReport, redactor: CardNumberRedactor?) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        let text = String(decoding: data, as: UTF8.self)
        return (redactor?.redact(text) ?? text) + "\n"
    }

    public func junit(_ report: HeadlessReport, redactor: CardNumberRedactor) -> String {
        redactor.redact(JUnitReport.xml(report))
    }
}
