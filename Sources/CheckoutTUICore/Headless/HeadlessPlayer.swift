import CheckoutDomain
import Foundation

/// Plays a steps file against a session and writes down how every expectation came out.
///
/// Acting steps press keys; expectations check and, when not yet true, wait up to the session's patience before
/// failing: in simulated time on the in-process mock (settling it and ticking the app each second), in real time
/// over HTTP. The run stops at the first failure.
@MainActor
public struct HeadlessPlayer {
    /// How long an expectation may wait for the simulation to catch up: simulated seconds on the in-process mock.
    public static let patience: TimeInterval = 30

    let session: any PlayableSession
    public let scenarioName: String
    public let redactor: CardNumberRedactor

    public init(session: HeadlessSession, scenarioName: String, redactor: CardNumberRedactor) {
        self.session = session
        self.scenarioName = scenarioName
        self.redactor = redactor
    }

    /// Over HTTP: expectations wait in real time, and steps that need the mock's levers fail naming themselves.
    public init(session: RemoteHeadlessSession, scenarioName: String, redactor: CardNumberRedactor) {
        self.session = session
        self.scenarioName = scenarioName
        self.redactor = redactor
    }

    public func play(_ steps: [HeadlessStep]) async -> HeadlessReport {
        await session.start()
        var results = steps.enumerated().compactMap { offset, step in
            step.expected.map { ExpectationResult(step: offset + 1, kind: step.key, expected: $0) }
        }
        var matcher = EventMatcher()
        var failure: StepFailure?
        var failed = false
        for (offset, step) in steps.enumerated() {
            let number = offset + 1
            if let index = results.firstIndex(where: { $0.step == number }) {
                results[index] = await check(step, result: results[index], matcher: &matcher)
                if results[index].passed == false {
                    failed = true
                    break
                }
                continue
            }
            do {
                try await act(step)
            } catch {
                failure = StepFailure(step: number, kind: step.key, message: error.message)
                break
            }
        }
        return HeadlessReport(
            passed: !failed && failure == nil, scenario: scenarioName, steps: steps.count, error: failure,
            expectations: results, screen: screenLines(),
            timeline: session.app.state.timeline.entries.map(ReportTimelineEntry.init))
    }

    private func act(_ step: HeadlessStep) async throws(StepProblem) {
        switch step {
        case .select(let type): try await session.select(.method(type), describedAs: type)
        case .selectSaved(let reference): try await session.select(try session.savedCard(reference), describedAs: reference)
        case .fill(let values): try await session.fill(values)
        case .toggleSaveCard: try await session.toggleSaveCard()
        case .pay: try await session.pay()
        case .challenge(let outcome): try await session.challenge(outcome)
        case .wallet(let choice): try await session.wallet(choice)
        case .backToMerchant: try await session.backToMerchant()
        case .cancel: try await session.cancel()
        case .advanceClock(let seconds): try await session.advanceClock(by: seconds)
        case .keys(let keys): for key in keys { await session.press(key) }
        case .force(let outcomes): try await session.force(outcomes)
        case .expectEvent, .expectScreen, .expectPaymentStatus: break
        }
        if session.isFinished { throw StepProblem("the app has quit") }
    }

    /// Checks now, then again each time a little time has passed, until it holds or the patience runs out.
    private func check(
        _ step: HeadlessStep, result: ExpectationResult, matcher: inout EventMatcher
    ) async -> ExpectationResult {
        var result = result
        var waited: TimeInterval = 0
        while true {
            let (holds, actual) = await evaluate(step, matcher: &matcher)
            if holds || waited >= session.patience || session.isFinished {
                result.passed = holds
                // Real waits are fractions; a tenth of a second is all a report needs.
                result.waitedSeconds = (waited * 10).rounded() / 10
                if !holds {
                    result.actual = actual.map(redactor.redact)
                    result.message = redactor.redact(
                        "\(step.key) \(result.expected) did not hold within \(Int(session.patience)) \(session.timeUnit)"
                            + (actual.map { "; found \($0)" } ?? ""))
                    result.screen = screenLines()
                }
                return result
            }
            waited += await session.letTimePass()
        }
    }

    private func evaluate(_ step: HeadlessStep, matcher: inout EventMatcher) async -> (Bool, String?) {
        switch step {
        case .expectEvent(let code):
            let events = session.app.state.timeline.entries.filter { $0.source == .sdk }.map(\.title)
            let holds = matcher.match(code.rawValue, in: events)
            return (holds, "events after the previous match: \(matcher.remaining(in: events).joined(separator: ", "))")
        case .expectScreen(let text):
            let lines = screenLines()
            return (lines.contains { $0.contains(text) } || lines.joined(separator: "\n").contains(text), nil)
        case .expectPaymentStatus(let status):
            let actual = await paymentStatus()
            return (actual == status.rawValue, actual)
        default:
            return (true, nil)
        }
    }

    /// Asks the APO as the merchant server would (inquiryPayment), not what the page believes.
    private func paymentStatus() async -> String {
        guard let id = session.app.environment.scenario.createPaymentSession.paymentRequestId else {
            return "no paymentRequestId in the scenario"
        }
        do {
            let answer = try await session.merchantServer.inquiryPayment(InquiryPaymentRequest(paymentRequestId: id))
            return answer.paymentStatus ?? "\(answer.result.resultStatus.rawValue) \(answer.result.resultCode)"
        } catch {
            return "inquiryPayment failed: \(error)"
        }
    }

    private func screenLines() -> [String] {
        session.frame.textLines().map(redactor.redact)
    }
}

/// `expectEvent` in order: each one looks at the SDK events after the one the previous expectEvent matched.
struct EventMatcher {
    /// How many SDK events earlier expectations have consumed.
    private(set) var consumed = 0

    mutating func match(_ code: String, in events: [String]) -> Bool {
        guard let index = events.indices.dropFirst(consumed).first(where: { events[$0] == code }) else { return false }
        consumed = index + 1
        return true
    }

    func remaining(in events: [String]) -> [String] {
        Array(events.dropFirst(consumed))
    }
}
