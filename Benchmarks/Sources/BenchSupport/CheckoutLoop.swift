import CheckoutDomain
import CheckoutTUICore
import Foundation

/// Headless card checkouts against one long-lived in-process MockAPO (no HTTP, no RSA), as many as asked.
///
/// The mock, the page machine and the bundled data are built once, as a server builds them once; each checkout
/// is what `checkout-tui play` does for one: createPaymentSession, the page's loadSession, the buyer's keys
/// (select Card, fill the form, Pay) through `CheckoutApp.update`, the pay call, the result page, one tick that
/// delivers the notification, and an inquiryPayment that must answer SUCCESS. No frame is drawn.
@MainActor
public final class CheckoutLoop: CheckoutRunning {
    public let simulation: SimulatedCheckout
    private let keys: [Key]
    private var completed = 0

    public init() throws(BenchSetupError) {
        let bench = try BenchScenario()
        do {
            simulation = try SimulatedCheckout(
                scenario: bench.scenario, scenarioName: BenchScenario.name, mode: .embedded,
                clock: ManualClock(SimulatedCheckout.defaultStart), testCards: bench.cards,
                mockExecutor: MainActor.sharedUnownedExecutor)
        } catch {
            throw .simulation(error)
        }
        keys = CheckoutScript.payByCard(bench.successCard)
    }

    /// An app for the next checkout: the scenario with a paymentRequestId and order id of its own, in the request
    /// the merchant's site sends (it keeps its own copy of the scenario's).
    public func nextApp(size: Size) -> CheckoutApp {
        completed += 1
        var environment = simulation.environment
        let id = "BENCH-\(completed)"
        environment.scenario.createPaymentSession.paymentRequestId = id
        environment.scenario.createPaymentSession.order?.referenceOrderId = "ORDER-\(id)"
        environment.site = environment.site.taking(environment.scenario.createPaymentSession)
        return CheckoutApp(environment: environment, size: size)
    }

    /// Runs one checkout to its end; true when the mock's inquiryPayment says SUCCESS.
    public func checkout() async -> Bool {
        await checkout(size: Size(width: 80, height: 24))
    }

    /// One checkout with the app laid out for a terminal of `size`.
    public func checkout(size: Size) async -> Bool {
        var app = nextApp(size: size)
        await started(&app)
        await pay(&app)
        await perform(app.update(.tick), on: &app)
        guard let id = app.environment.site.sessionRequest.paymentRequestId else { return false }
        let answer = try? await simulation.apo.inquiryPayment(InquiryPaymentRequest(paymentRequestId: id))
        return answer?.paymentStatus == "SUCCESS"
    }

    /// The merchant creates the session and the page loads: the method list is on screen.
    public func started(_ app: inout CheckoutApp) async {
        await perform(app.start(), on: &app)
    }

    /// The buyer's keys from the method list to the result page.
    public func pay(_ app: inout CheckoutApp) async {
        for key in keys { await perform(app.update(.key(key)), on: &app) }
    }

    /// Runs commands breadth first, their messages fed back in order, as `HeadlessSession` does.
    private func perform(_ commands: [AppCommand], on app: inout CheckoutApp) async {
        var queue = commands
        while !queue.isEmpty, !app.isFinished {
            let command = queue.removeFirst()
            for message in await simulation.runner.perform(command) {
                guard !app.isFinished else { return }
                queue += app.update(message)
            }
        }
    }
}
