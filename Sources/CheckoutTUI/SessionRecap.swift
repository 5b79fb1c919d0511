import CheckoutDomain
import CheckoutTUICore
import Foundation

/// What the terminal shows after the app closes: how the session ended and its timeline, one line per entry.
struct SessionRecap {
    let app: CheckoutApp

    var text: String {
        let state = app.state
        let id = app.environment.scenario.createPaymentSession.paymentRequestId ?? "-"
        var lines = ["checkout-tui: \(app.environment.scenarioName) (\(id)) — \(ending)"]
        lines += state.timeline.transcript(timeZone: app.environment.timeZone).map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    private var ending: String {
        let state = app.state
        switch state.stage {
        case .creatingSession where app.environment.mode == .hostedCard: return "quit before pay answered"
        case .creatingSession: return "quit before the payment session was created"
        case .sessionFailed where app.environment.mode == .hostedCard: return "pay failed; no card page to go to"
        case .sessionFailed: return "createPaymentSession failed; no page was mounted"
        case .checkout: return "quit on the Checkout Page: \(app.pageView.status)"
        case .cardPage: return "quit on APO's card page: \(app.pageView.status)"
        case .choosingCard: return "quit on the order page, before choosing a card"
        case .pageLeft: return "the buyer left the payment page (SDK_PAYMENT_CANCEL)"
        case .merchantResult: return "merchant result page: \(app.merchantView.headline)"
        }
    }
}
