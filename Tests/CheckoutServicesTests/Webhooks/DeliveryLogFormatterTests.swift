import CheckoutDomain
import CheckoutServices
import Foundation
import Logging
import Testing

/// The one-line delivery log and its levels.
@Suite("Delivery log lines")
struct DeliveryLogFormatterTests {
    static let url = "http://127.0.0.1:8480/payment/receiveNotify"

    static func attempt(
        _ number: Int, status: Int?, error: String? = nil, acked: Bool = false, next: Date? = nil,
        outbox: OutboxStatus = .pending, paymentRequestId: String? = "REQ-1"
    ) -> NotificationAttempt {
        NotificationAttempt(
            notificationId: "NTF-1", notifyType: "PAYMENT_RESULT", url: url, paymentId: "P-1",
            paymentRequestId: paymentRequestId, attempt: number, time: APOBench.start, httpStatus: status,
            transportError: error, acked: acked, nextAttemptAt: next, status: outbox)
    }

    @Test("each line names the type, attempt n/8, url, answer, ack and the next attempt")
    func lines() {
        let format = DeliveryLogFormatter()
        let next = APOBench.start.addingTimeInterval(600)
        #expect(
            format.line(for: Self.attempt(2, status: 500, next: next))
                == "PAYMENT_RESULT attempt 2/8 to \(Self.url): HTTP 500, not acked; next attempt "
                + "2026-01-01T00:10:00+00:00 (paymentRequestId REQ-1)")
        #expect(
            format.line(for: Self.attempt(1, status: 200, acked: true, outbox: .acked))
                == "PAYMENT_RESULT attempt 1/8 to \(Self.url): HTTP 200, acked (paymentRequestId REQ-1)")
        #expect(
            format.line(for: Self.attempt(8, status: nil, error: "connection refused", outbox: .exhausted))
                == "PAYMENT_RESULT attempt 8/8 to \(Self.url): no answer (connection refused), not acked; "
                + "no attempts left (paymentRequestId REQ-1)")
        #expect(
            DeliveryLogFormatter(maximumAttempts: 3, secondsFromGMT: 8 * 3600)
                .line(for: Self.attempt(1, status: 500, next: next, paymentRequestId: nil))
                == "PAYMENT_RESULT attempt 1/3 to \(Self.url): HTTP 500, not acked; next attempt "
                + "2026-01-01T08:10:00+08:00 (paymentId P-1)")
    }

    @Test("acks log at info, retries at warning, giving up at error")
    func levels() {
        let format = DeliveryLogFormatter()
        #expect(format.level(for: Self.attempt(1, status: 200, acked: true)) == .info)
        #expect(format.level(for: Self.attempt(1, status: 500, next: APOBench.start)) == .warning)
        #expect(format.level(for: Self.attempt(8, status: 500, outbox: .exhausted)) == .error)
    }
}
