import CheckoutDomain
import CheckoutTUICore
import Foundation

/// Card checkouts through the Checkout Page state machine and the in-process MockAPO, without the terminal layer:
/// createPaymentSession, mount and loadSession, the buyer's actions (Card, the four fields, Pay), submitPayment
/// until the page emits SDK_PAYMENT_SUCCESSFUL, the notification delivered to the in-process merchant, and an
/// inquiryPayment that must answer SUCCESS. No RSA, no keys, no layout: the simulator's own cost of a checkout.
@MainActor
public final class PageCheckoutLoop: CheckoutRunning {
    private let apo: MockAPO
    private let page: CheckoutPage
    private let clock: ManualClock
    private let request: CreatePaymentSessionRequest
    private let card: CardNumber
    private var completed = 0

    public init() throws(BenchSetupError) {
        let bench = try BenchScenario()
        request = bench.scenario.createPaymentSession
        card = bench.successCard
        clock = ManualClock(SimulatedCheckout.defaultStart)
        do {
            page = try CheckoutPage.bundled()
            apo = try MockAPO.bundled(
                clock: clock, ids: SequentialIDGenerator(), store: InMemoryAPOStore(), sink: MerchantWebhookReceiver(),
                executor: MainActor.sharedUnownedExecutor)
        } catch {
            throw .page(String(describing: error))
        }
    }

    public func checkout() async -> Bool {
        completed += 1
        var request = request
        request.paymentRequestId = "PAGE-\(completed)"
        request.order?.referenceOrderId = "ORDER-PAGE-\(completed)"
        guard let created = try? await apo.createPaymentSession(request), let data = created.paymentSessionData else {
            return false
        }
        var state = PageState()
        var succeeded = await run(.mount(sessionData: data, mode: .embedded), on: &state)
        let buyer: [PageAction] = [
            .methodSelected("CARD"), .cardNumberTyped(card.digits), .fieldEdited(.expiry, "12/30"),
            .fieldEdited(.cvv, "123"), .fieldEdited(.holderName, "Ana Lima"), .payPressed,
        ]
        for action in buyer where await run(action, on: &state) { succeeded = true }
        _ = await apo.deliverDueNotifications()
        let answer = try? await apo.inquiryPayment(InquiryPaymentRequest(paymentRequestId: request.paymentRequestId))
        return succeeded && answer?.paymentStatus == "SUCCESS"
    }

    /// Reduces `action` and performs its effects breadth first, feeding the answers back, as the app's effect
    /// runner does; true when the page emitted SDK_PAYMENT_SUCCESSFUL.
    private func run(_ action: PageAction, on state: inout PageState) async -> Bool {
        var queue = page.reduce(&state, action, now: clock.now())
        var succeeded = false
        while !queue.isEmpty {
            let next: PageAction?
            switch queue.removeFirst() {
            case .loadSession(let sessionData):
                do { next = .sessionLoaded(try await apo.loadSession(sessionData: sessionData)) } catch {
                    next = .callFailed(error)
                }
            case .submitPayment(let submission):
                do { next = .paymentAnswered(try await apo.submitPayment(submission)) } catch {
                    next = .callFailed(error)
                }
            case .emit(let event):
                if event.code == .paymentSuccessful { succeeded = true }
                next = nil
            default:
                next = nil
            }
            if let next { queue += page.reduce(&state, next, now: clock.now()) }
        }
        return succeeded
    }
}
