import CheckoutDomain
import Foundation

/// The levers of `/sim/v1/control` on a running server: forced outcomes on the merchants' mocks, the server's
/// simulated clock (shared by every mock), and a fresh start. A clock move settles what the new time decides
/// (timeouts, delayed results, session expiry) exactly as the in-process time travel does, then wakes the
/// notification pump so retries that became due go out at once.
struct ServerSimulation: Sendable {
    let clock: OffsetClock
    let mocks: MerchantMocks
    let notifications: CapturingNotificationSink
    let pump: Doorbell

    func state() async -> SimulationState {
        var queued: [ControlQueuedOutcome] = []
        var next: Date?
        for (clientId, apo) in mocks.all {
            queued += await apo.queuedOutcomes.map {
                ControlQueuedOutcome(outcome: $0.outcome.stepName, paymentRequestId: $0.paymentRequestId, clientId: clientId)
            }
            if let due = await apo.nextNotificationAttemptAt() { next = min(next ?? due, due) }
        }
        return SimulationState(
            now: ISOTimestamp.format(clock.now()), clockOffsetSeconds: clock.travelled, forcedOutcomes: queued,
            nextNotificationAt: next.map { ISOTimestamp.format($0) })
    }

    func force(_ request: ControlOutcomesRequest) async throws(ControlRejection) -> ControlAnswer {
        guard !request.outcomes.isEmpty else { throw .badField("outcomes", "must name at least one outcome") }
        var outcomes: [ForcedOutcome] = []
        for name in request.outcomes {
            guard let outcome = ForcedOutcome(stepName: name) else {
                throw .badField(
                    "outcomes", "has an unknown outcome \"\(name)\" (known: \(ForcedOutcome.stepNames.joined(separator: ", ")))")
            }
            outcomes.append(outcome)
        }
        if let id = request.paymentRequestId, id.isEmpty || id.count > 64 {
            throw .badField("paymentRequestId", "must be 1 to 64 characters")
        }
        let apo = try mock(for: request.clientId)
        await apo.force(outcomes, paymentRequestId: request.paymentRequestId)
        return ControlAnswer(result: .success, state: await state())
    }

    func moveClock(_ request: ControlClockRequest) async throws(ControlRejection) -> ControlAnswer {
        let seconds: TimeInterval
        switch (request.advance, request.until) {
        case (let span?, nil):
            seconds = span.seconds
        case (nil, .nextNotification?):
            var next: Date?
            for (_, apo) in mocks.all {
                if let due = await apo.nextNotificationAttemptAt() { next = min(next ?? due, due) }
            }
            guard let next else {
                return ControlAnswer(
                    result: .success, state: await state(), advancedSeconds: 0, nothingWaiting: true, settled: [])
            }
            seconds = max(0, next.timeIntervalSince(clock.now()))
        case (nil, nil):
            throw .badField("advance", "is required (\(SimulatedDuration.examples)), or until: \"nextNotification\"")
        case (.some, .some):
            throw .badField("until", "cannot be combined with advance: give one")
        }
        clock.advance(by: seconds)
        var settled: [APOActivity] = []
        for (_, apo) in mocks.all {
            settled += await apo.settle().filter { [.paymentSettled, .sessionExpired].contains($0.kind) }
        }
        pump.ring()
        return ControlAnswer(
            result: .success, state: await state(), advancedSeconds: seconds, nothingWaiting: false,
            settled: settled.sorted { $0.time < $1.time })
    }

    /// Every record, queued outcome and kept notification forgotten, and the clock back on the machine's time.
    func reset() async throws(ControlRejection) -> ControlAnswer {
        for (clientId, apo) in mocks.all {
            do {
                try await apo.reset()
            } catch {
                throw .storeFailed("the records of \(clientId) could not be deleted: \(error.description)")
            }
        }
        notifications.clear()
        clock.reset()
        return ControlAnswer(result: .success, state: await state())
    }

    private func mock(for clientId: String?) throws(ControlRejection) -> MockAPO {
        if let clientId {
            guard let apo = mocks.apo(clientId: clientId) else {
                throw .badField(
                    "clientId", "\(clientId) is not served here (served: \(mocks.clientIds.joined(separator: ", ")))")
            }
            return apo
        }
        guard mocks.all.count == 1, let only = mocks.all.first else {
            throw .badField(
                "clientId", "is required: this server hosts several merchants (\(mocks.clientIds.joined(separator: ", ")))")
        }
        return only.apo
    }
}

/// Why a control call was turned down; each names the field or what failed.
enum ControlRejection: Error, Sendable, Equatable {
    case badField(String, String)
    case storeFailed(String)

    var result: APOResult {
        switch self {
        case .badField(let field, let problem): .failure(ResultCode.paramIllegal, "Illegal parameters: \(field) \(problem).")
        case .storeFailed(let reason):
            APOResult(resultCode: ResultCode.unknownException, resultStatus: .unknown, resultMessage: reason)
        }
    }
}
