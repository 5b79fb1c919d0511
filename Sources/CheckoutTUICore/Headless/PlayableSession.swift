import CheckoutDomain
import Foundation

/// What `HeadlessPlayer` drives: the app and its keys, and the APO behind it with its own kind of time — the
/// in-process mock on a manual clock (`HeadlessSession`) or an APO over HTTP in real time (`RemoteHeadlessSession`).
@MainActor
protocol PlayableSession: AnyObject {
    var app: CheckoutApp { get }
    /// What the terminal would show now.
    var frame: ScreenBuffer { get }
    var isFinished: Bool { get }
    /// The merchant server's client, which `expectPaymentStatus` inquires through.
    var merchantServer: any APOClient { get }
    /// How long an expectation may wait, in the session's time.
    var patience: TimeInterval { get }
    /// The unit `patience` is counted in, for failure messages ("simulated seconds").
    var timeUnit: String { get }
    /// Added to "no saved card" failures: where the page's saved cards come from in this session.
    var savedCardsOrigin: String? { get }

    /// Lets the merchant create the session and the page load.
    func start() async
    func press(_ key: Key) async
    /// Sends `message` to the app (a merchant step's `.site(.serverCalled(…))`) and runs what it leads to.
    func update(_ message: AppMessage) async
    /// Lets a little time pass before an expectation is checked again; returns how much did.
    func letTimePass() async -> TimeInterval
    /// The `advanceClock` step.
    func advanceClock(by seconds: TimeInterval) async throws(StepProblem)
    /// The `force` step.
    func force(_ outcomes: [ForcedOutcome]) async throws(StepProblem)
    /// Lets time pass until the next notification attempt is due, when the session knows it and it is within
    /// `limit`; returns how much passed, nil when it does not know (then `letTimePass` polls).
    func letTimePassUntilNextDelivery(within limit: TimeInterval) async -> TimeInterval?
}
