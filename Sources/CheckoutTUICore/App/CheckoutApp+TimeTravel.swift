import CheckoutDomain
import Foundation

/// Time travel (`T`): the simulated clock jumps, the mock settles, and the page's timers and due notifications
/// fire as they would have.
extension CheckoutApp {
    mutating func openTimeTravel() {
        state.overlay = .timeTravel(TimeTravelMenu())
    }

    /// Moves the menu's cursor `step` rows, staying on the list.
    mutating func moveTimeTravelCursor(by step: Int) {
        guard case .timeTravel(var menu) = state.overlay else { return }
        menu.cursor = min(TimeJump.allCases.count - 1, max(0, menu.cursor + step))
        state.overlay = .timeTravel(menu)
    }

    /// Jumps by `row` (a digit), or by the row under the cursor (Enter).
    mutating func chooseTimeJump(_ row: Int? = nil) -> [AppCommand] {
        guard case .timeTravel(let menu) = state.overlay else { return [] }
        let jumps = TimeJump.allCases
        let row = row ?? menu.cursor
        return jumps.indices.contains(row) ? travel(jumps[row]) : []
    }

    /// Closes the menu and asks the runner to move the clock; without controls the menu stays, saying why.
    private mutating func travel(_ jump: TimeJump) -> [AppCommand] {
        guard environment.offersSimulationControls else { return [] }
        state.overlay = nil
        return [.travel(jump)]
    }

    mutating func timeTravelled(_ report: TimeTravelReport) -> [AppCommand] {
        guard !report.nothingWaiting else {
            record(TimelineEntry(
                time: state.now, source: .simulator, title: "time: next notification retry",
                summary: "no notification is waiting", detail: "The clock did not move."))
            return []
        }
        // The jump is entered when it began, so what settled during it follows in the order it happened.
        record(TimelineEntry(
            time: state.now.addingTimeInterval(-report.seconds), source: .simulator,
            title: "time \(report.seconds.travelText)",
            summary: "clock now \(ISOTimestamp.format(state.now))",
            detail: "QA lever: the simulated clock jumped; the APO settles timeouts, expiries and notification retries.",
            tone: .pending))
        for activity in report.activity { record(.settled(activity)) }
        // The page's own timers (session expiry, QR countdown) and the notifications now due, as if time had run.
        return fireDueTimers() + deliverNotifications(force: true)
    }
}

extension TimelineEntry {
    /// What the APO did by itself as time passed: a payment closed or completed, a session expired.
    static func settled(_ activity: APOActivity) -> TimelineEntry {
        let result = [activity.resultStatus?.rawValue, activity.resultCode?.rawValue].compactMap { $0 }.joined(separator: " ")
        return TimelineEntry(
            time: activity.time, source: .simulator, title: activity.name,
            summary: [activity.paymentRequestId, result.isEmpty ? nil : result].compactMap { $0 }
                .joined(separator: " · "),
            detail: activity.message, tone: activity.resultStatus.map(TimelineTone.init) ?? .neutral,
            topic: activity.resultCode.map(TimelineTopic.resultCode))
    }
}
