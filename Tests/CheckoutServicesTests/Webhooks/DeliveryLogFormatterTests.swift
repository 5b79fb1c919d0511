import CheckoutDomain
import CheckoutServices
import Foundation
import Logging
import Testing

/// The one-line delivery log and its levels: what the merchant answered, why it was or was not the ack, what next.
@Suite("Delivery log lines")
struct DeliveryLogFormatterTests {
    static let url = "http://127.0.0.1:8480/payment/receiveNotify"

    static func attempt(
        _ number: Int, outcome: DeliveryOutcome, next: Date? = nil, outbox: OutboxStatus = .pending,
        paymentRequestId: String? = "REQ-1", maximum: Int = 8
    ) -> NotificationAttempt {
        NotificationAttempt(
            notificationId: "NTF-1", notifyType: "PAYMENT_RESULT", url: url, paymentId: "P-1",
            paymentRequestId: paymentRequestId, attempt: number, maximumAttempts: maximum, time: APOBench.start,
            httpStatus: outcome.httpStatus, transportError: outcome.transportError,
            answer: AnswerExcerpt.of(outcome.responseBody), latency: outcome.latency, verdict: outcome.verdict,
            nextAttemptAt: next, status: outbox)
    }

    @Test("each line names the type, attempt n/8, url, the answer, the next attempt and why")
    func lines() {
        let format = DeliveryLogFormatter()
        let next = APOBench.start.addingTimeInterval(600)
        let failed = DeliveryOutcome.response(status: 500, text: "try later").measured(0.035)
        #expect(
            format.line(for: Self.attempt(2, outcome: failed, next: next))
                == #"PAYMENT_RESULT attempt 2/8 to \#(Self.url): not acked: HTTP 500 "try later" · attempt 3 of 8 "#
                + "in 10 min, at 2026-01-01T00:10:00+00:00 — HTTP 500; the ack needs HTTP 200 · 35 ms "
                + "(paymentRequestId REQ-1)")
        #expect(
            format.line(for: Self.attempt(1, outcome: .acknowledged, outbox: .acked))
                == "PAYMENT_RESULT attempt 1/8 to \(Self.url): acked (HTTP 200) — the exact acknowledgement "
                + "(paymentRequestId REQ-1)")
        #expect(
            format.line(for: Self.attempt(8, outcome: .noAnswer(.connectionRefused), outbox: .exhausted))
                == "PAYMENT_RESULT attempt 8/8 to \(Self.url): not acked: no answer: connection refused · gave up "
                + "after 8 attempts — no answer: connection refused (paymentRequestId REQ-1)")
        #expect(
            DeliveryLogFormatter(secondsFromGMT: 8 * 3600)
                .line(for: Self.attempt(1, outcome: failed, next: next, paymentRequestId: nil, maximum: 3))
                .hasPrefix("PAYMENT_RESULT attempt 1/3 to \(Self.url): not acked: HTTP 500 \"try later\" · attempt 2 of 3 "
                    + "in 10 min, at 2026-01-01T08:10:00+08:00"))
    }

    @Test("acks log at info, retries at warning, giving up at error")
    func levels() {
        let format = DeliveryLogFormatter()
        #expect(format.level(for: Self.attempt(1, outcome: .acknowledged)) == .info)
        #expect(format.level(for: Self.attempt(1, outcome: .response(status: 500, text: ""), next: APOBench.start)) == .warning)
        #expect(format.level(for: Self.attempt(8, outcome: .response(status: 500, text: ""), outbox: .exhausted)) == .error)
    }
}
