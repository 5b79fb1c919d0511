import CheckoutDomain

/// Work the app asks the edge to do: the merchant server's API calls, the page's calls, notification delivery.
///
/// Data only; `AppEffectRunner` performs it. Printing a command never shows a card number or CVV.
public enum AppCommand: Equatable, Sendable {
    /// The merchant server creates the session the page is mounted with.
    indirect case createPaymentSession(CreatePaymentSessionRequest)
    /// Hosted card mode: the merchant server calls `pay` with only CARD, or a saved card's token.
    indirect case pay(PayRequest)
    /// One of the Checkout Page's calls (`PageEffect.call` is not nil), exactly as the page asked for it.
    case page(PageEffect)
    /// The merchant's result page asks Antom rather than trusting the redirect.
    case inquirePayment(InquiryPaymentRequest)
    /// capture, refund or cancel.
    case merchant(MerchantCall)
    /// Makes the notification attempts that are due and reports what the merchant's endpoint answered.
    case deliverNotifications
    /// QA: queues outcomes for the next payments (or createPaymentSession calls) on the in-process mock.
    case forceOutcomes([ForcedOutcome])
    /// QA: reads the mock's queue of forced outcomes.
    case readForcedOutcomes
    /// QA: moves the simulated clock and settles the mock.
    case travel(TimeJump)
    /// Several commands from one update, performed in order so their answers (and the timeline) keep that order.
    case sequence([AppCommand])
}

extension AppCommand {
    /// The API this command calls, for its simulated latency; nil for what is not a call to Antom.
    var api: SimulatedLatency.API? {
        switch self {
        case .createPaymentSession: .merchant(.createPaymentSession)
        case .pay: .merchant(.pay)
        case .page(let effect): effect.call.map(SimulatedLatency.API.page)
        case .inquirePayment: .merchant(.inquiryPayment)
        case .merchant(let call): .merchant(call.endpoint)
        case .deliverNotifications, .forceOutcomes, .readForcedOutcomes, .travel, .sequence: nil
        }
    }
}

extension AppCommand: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        switch self {
        case .createPaymentSession(let request): "createPaymentSession(\(request.paymentRequestId ?? "-"))"
        case .pay(let request): "pay(\(request.paymentRequestId ?? "-"), \(request.paymentMethod?.paymentMethodId ?? "CARD"))"
        case .page(let effect): effect.description
        case .inquirePayment(let request): "inquiryPayment(\(request.paymentRequestId ?? request.paymentId ?? "-"))"
        case .merchant(.capture(let request)): "capture(\(request.paymentId ?? "-"))"
        case .merchant(.refund(let request)): "refund(\(request.paymentId ?? "-"))"
        case .merchant(.cancel(let request)): "cancel(\(request.paymentId ?? request.paymentRequestId ?? "-"))"
        case .deliverNotifications: "deliverNotifications"
        case .forceOutcomes(let outcomes): "forceOutcomes(\(outcomes.map(\.label).joined(separator: ", ")))"
        case .readForcedOutcomes: "readForcedOutcomes"
        case .travel(let jump): "travel(\(jump.rawValue))"
        case .sequence(let commands): "sequence(\(commands.map(\.description).joined(separator: ", ")))"
        }
    }

    public var debugDescription: String { "AppCommand.\(description)" }
    public var customMirror: Mirror { Mirror(self, children: ["command": description]) }
}
