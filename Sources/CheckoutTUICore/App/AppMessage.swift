import CheckoutDomain
import Foundation

/// Everything that reaches the app: input, clock ticks, and the answers to its commands.
public enum AppMessage: Equatable, Sendable {
    case key(Key)
    /// Printable characters that arrived together (a paste) while a text field had the cursor: one edit.
    case textTyped(String)
    case tick
    /// An action on the merchant's site that is no key press: a steps file's merchant call (`serverCalled`).
    case site(MerchantSiteAction)
    case sessionCreated(CreatePaymentSessionResponse)
    case sessionCreationFailed(APOClientError)
    /// Hosted card mode: what the merchant server's `pay` got.
    indirect case payAnswered(PayResponse)
    case payFailed(APOClientError)
    indirect case sessionLoaded(SessionLoad)
    indirect case pageCallAnswered(PageCall, PayResponse)
    case pageCallFailed(PageCall, APOClientError)
    indirect case inquiryAnswered(InquiryPaymentResponse)
    case inquiryFailed(APOClientError)
    case operationAnswered(MerchantOperationAnswer)
    case operationFailed(APOEndpoint, APOClientError)
    case notificationsDelivered([DeliveredNotification])
    /// Outcomes were forced on the mock; `pending` is its whole queue now.
    case outcomesForced(added: [ForcedOutcome], pending: [ForcedOutcome])
    /// The mock's queue of forced outcomes, read when the picker opens.
    case forcedOutcomesRead([ForcedOutcome])
    case timeTravelled(TimeTravelReport)
    /// The runner has no simulation controls (an APO over HTTP); `lever` names what was asked.
    case controlsUnavailable(lever: String)
    /// An answer that reaches the app only at `until`: the API's simulated latency (`SimulatedLatency`).
    indirect case delayed(until: Date, AppMessage)
}
