import Foundation
import Synchronization

/// A notification the in-process merchant accepted, and what its handler read of the body (`notifyType`,
/// `result`… through `read`).
@dynamicMemberLookup
public struct ReceivedNotification: Hashable, Sendable {
    public var notification: OutboundNotification
    public var read: NotificationProbe

    public subscript<Value>(dynamicMember field: KeyPath<NotificationProbe, Value>) -> Value { read[keyPath: field] }
}

/// The merchant's webhook endpoint, in process: answers every well-formed notification as `answer` says (by
/// default with Antom's fixed ack), keeps what its handler took in (unless `keeping: .nothing`), and knows when an
/// order may ship.
public final class MerchantWebhookReceiver: NotificationSink {
    /// What the receiver keeps of the notifications its handler took in.
    public enum Keeping: Sendable {
        /// Every one, for `notifications` and `isShipReady` (the TUI's merchant, tests).
        case everything
        /// None: `serve`'s merchant, which nobody reads back (`/sim/v1/notifications` keeps its own bounded list)
        /// and which would otherwise hold two notifications a payment for as long as the server runs.
        case nothing
    }

    /// Well-formed notifications answered so far, and those the handler took in.
    private let state = Mutex<(answered: Int, received: [ReceivedNotification])>((0, []))
    private let answer: NotificationAnswer
    private let keeping: Keeping

    public init(answer: NotificationAnswer = .ack, keeping: Keeping = .everything) {
        self.answer = answer
        self.keeping = keeping
    }

    public nonisolated(nonsending) func deliver(_ notification: OutboundNotification) async -> DeliveryOutcome {
        guard let probe = try? JSONDecoder().decode(NotificationProbe.self, from: notification.body),
            NotifyType.known.contains(probe.notifyType)
        else {
            let answer = APOResult.failure(ResultCode.paramIllegal, "not an Antom notification body")
            return .response(status: 400, body: WireCoding.encode(["result": answer]))
        }
        let entry = ReceivedNotification(notification: notification, read: probe)
        let kind = state.withLock { state -> NotificationAnswer.Kind in
            state.answered += 1
            let kind = answer.kind(forNumber: state.answered)
            // A handler that failed (500), refused the signature or hung took nothing in; one that answered, did.
            switch kind {
            case .ack, .body: if keeping == .everything { state.received.append(entry) }
            case .http500, .timeout, .signatureRejected: break
            }
            return kind
        }
        guard let reply = kind.reply else {
            return .noAnswer(.timedOut(seconds: NotificationSchedule.timeout), latency: NotificationSchedule.timeout)
        }
        return .response(status: reply.status, body: reply.body)
    }

    /// Every notification the handler took in, in arrival order (repeats included).
    public var notifications: [ReceivedNotification] { state.withLock { $0.received } }

    /// Whether the merchant may ship the order of `paymentId`: for CARD only after a successful CAPTURE_RESULT,
    /// otherwise after a successful PAYMENT_RESULT (seed 003: "If it is CARD, you need to wait for a notification
    /// of CAPTURE_RESULT type before making the decision to ship").
    public func isShipReady(paymentId: String) -> Bool {
        let mine = notifications.filter { $0.paymentId == paymentId && $0.result.resultStatus == .success }
        guard let payment = mine.first(where: { $0.notifyType == .paymentResult }) else { return false }
        if payment.paymentMethodType == .card {
            return mine.contains { $0.notifyType == .captureResult }
        }
        return true
    }
}
