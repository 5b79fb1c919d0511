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
        case .select(let type): try await session.select(.method(type), describedAs: type.rawValue)
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
        case .merchant(let step): try await session.merchant(step)
        case .expectEvent, .expectScreen, .expectPaymentStatus, .expectNotification, .expectMerchantCall: break
        }
        if session.isFinished { throw StepProblem("the app has quit") }
    }

    /// Checks now, then again each time a little time has passed, until it holds or the patience runs out.
    private func check(
        _ step: HeadlessStep, result: ExpectationResult, matcher: inout EventMatcher
    ) async -> ExpectationResult {
        var result = result
        var waited: TimeInterval = 0
        // A notification may wait for Antom's next retry, up to the schedule's last attempt a day later.
        let waitsForRetries = if case .expectNotification = step { true } else { false }
        let retriesEnd = NotificationSchedule.antom.reduce(0, +)
        while true {
            let (holds, actual) = await evaluate(step, matcher: &matcher)
            var retryWait: TimeInterval?
            if waitsForRetries, !holds, waited < retriesEnd {
                retryWait = await session.letTimePassUntilNextDelivery(within: retriesEnd - waited)
            }
            if let retryWait {
                waited += retryWait
                continue
            }
            if holds || waited >= session.patience || session.isFinished {
                result.passed = holds
                // Real waits are fractions; a tenth of a second is all a report needs.
                result.waitedSeconds = (waited * 10).rounded() / 10
                if !holds {
                    let limit = waitsForRetries ? max(waited, session.patience) : session.patience
                    result.actual = actual.map(redactor.redact)
                    result.message = redactor.redact(
                        "\(step.key) \(result.expected) did not hold within \(Int(limit)) \(session.timeUnit)"
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
        case .expectNotification(let expected):
            let deliveries = session.app.state.timeline.entries.compactMap { entry -> NotificationAttempt? in
                guard case .notification(_, _, let delivery?)? = entry.topic else { return nil }
                return delivery
            }
            let seen = deliveries.map { "\($0.notifyType) #\($0.attempt) \(DeliveryText.outcome($0))" }
            return (
                deliveries.contains(where: expected.matches),
                seen.isEmpty ? "no notification attempts" : seen.joined(separator: "; ")
            )
        case .expectMerchantCall(let expected):
            let calls = session.app.state.timeline.entries.compactMap { entry -> (String, APOResult?)? in
                guard entry.source == .api, case .call(let api, let result)? = entry.topic else { return nil }
                return (api, result)
            }
            let holds = matcher.matchCall(in: calls) { expected.matches(api: $0.0, result: $0.1) }
            let remaining = matcher.remainingCalls(in: calls).map { call in
                [call.0, call.1.map { "\($0.resultStatus.rawValue) \($0.resultCode)" } ?? "no answer"].joined(separator: " ")
            }
            return (holds, "calls after the previous match: \(remaining.isEmpty ? "none" : remaining.joined(separator: ", "))")
        default:
            return (true, nil)
        }
    }

    /// Asks the APO as the merchant server would (inquiryPayment), not what the page believes: about the
    /// paymentRequestId in use (the scenario's, a retry's, or a later order's).
    private func paymentStatus() async -> String {
        guard let id = session.app.paymentRequestId else { return "no paymentRequestId in the scenario" }
        do {
            let answer = try await session.merchantServer.inquiryPayment(InquiryPaymentRequest(paymentRequestId: id))
            if answer.result.resultCode == ResultCode.orderNotExist { return ExpectedPaymentStatus.orderNotExist.rawValue }
            return answer.paymentStatus?.rawValue ?? "\(answer.result.resultStatus.rawValue) \(answer.result.resultCode)"
        } catch {
            return "inquiryPayment failed: \(error)"
        }
    }

    private func screenLines() -> [String] {
        session.frame.textLines().map(redactor.redact)
    }
}

/// `expectEvent` and `expectMerchantCall` in order: each one looks at the SDK events (merchant calls) after the one
/// the previous expectation of its kind matched.
struct EventMatcher {
    /// How many SDK events earlier expectations have consumed.
    private(set) var consumed = 0
    /// How many merchant calls earlier expectations have consumed.
    private(set) var consumedCalls = 0

    mutating func matchCall<Call>(in calls: [Call], where matches: (Call) -> Bool) -> Bool {
        guard let index = calls.indices.dropFirst(consumedCalls).first(where: { matches(calls[$0]) }) else {
            return false
        }
        consumedCalls = index + 1
        return true
    }

    func remainingCalls<Call>(in calls: [Call]) -> [Call] {
        Array(calls.dropFirst(consumedCalls))
    }

    mutating func match(_ code: String, in events: [String]) -> Bool {
        guard let index = events.indices.dropFirst(consumed).first(where: { events[$0] == code }) else { return false }
        consumed = index + 1
        return true
    }

    func remaining(in events: [String]) -> [String] {
        Array(events.dropFirst(consumed))
    }
}
