import CheckoutDomain
import Foundation

/// Opens a recording for replay: the scenario it names (or embeds), a session on a ManualClock at its start.
public struct Replay: Sendable {
    public let recording: Recording
    public let scenario: Scenario
    public let script: ReplayScript
    public let startedAt: Date

    /// `load` finds a bundled or file scenario by name when the recording does not embed one.
    public init(
        data: Data, source: String, testCards: SandboxTestCards,
        load: (String) throws(ScenarioError) -> Scenario
    ) throws(RecordingError) {
        let recording: Recording
        do {
            recording = try JSONDecoder().decode(Recording.self, from: data)
        } catch {
            throw RecordingError(source: source, problem: "is not a checkout-tui recording (\(error))")
        }
        guard let startedAt = ISOTimestamp.parse(recording.startedAt) else {
            throw RecordingError(source: source, problem: "startedAt \(recording.startedAt) is not an ISO 8601 time")
        }
        if var embedded = recording.embeddedScenario {
            embedded.vault = try embedded.vault?.map { card throws(RecordingError) in
                try Self.unmasked(card, testCards: testCards, source: source)
            }
            scenario = embedded
        } else {
            do {
                scenario = try load(recording.scenario)
            } catch {
                throw RecordingError(source: source, problem: "scenario: \(error)")
            }
        }
        self.recording = recording
        self.startedAt = startedAt
        script = try ReplayScript(recording: recording, source: source, testCards: testCards)
    }

    /// A fresh session at the recording's start time, ready for `ReplaySession`.
    @MainActor
    public func makeSession(testCards: SandboxTestCards, glyphs: Glyphs) throws(HeadlessSetupError) -> ReplaySession {
        let clock = ManualClock(startedAt)
        let checkout = try SimulatedCheckout(
            scenario: scenario, scenarioName: recording.scenario,
            mode: CheckoutMode(rawValue: recording.mode) ?? .embedded, clock: clock, testCards: testCards,
            glyphs: glyphs, timeZone: recording.zone, explainsAtStart: recording.explain)
        return ReplaySession(
            session: HeadlessSession(checkout: checkout, clock: clock, size: recording.size), script: script,
            startedAt: startedAt)
    }

    /// The scenario as a recording embeds it: vault card numbers masked to their last four.
    public static func embeddable(_ scenario: Scenario) -> Scenario {
        var copy = scenario
        copy.vault = scenario.vault?.map { card in
            var masked = card
            masked.cardNo = CardNumber(card.cardNo).masked
            return masked
        }
        return copy
    }

    private static func unmasked(_ card: VaultCard, testCards: SandboxTestCards, source: String) throws(RecordingError) -> VaultCard {
        let lastFour = String(card.cardNo.suffix(4))
        guard let number = testCards.numbers.first(where: { $0.lastFour == lastFour }) else {
            throw RecordingError(source: source, problem: "vault card \(card.cardNo) is not one of Antom's sandbox test cards")
        }
        var resolved = card
        resolved.cardNo = number.digits
        return resolved
    }
}
