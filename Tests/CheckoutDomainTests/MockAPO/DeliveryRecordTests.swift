import Foundation
import Testing

@testable import CheckoutDomain

/// Issue 11 item 5: every attempt records what the merchant answered, how long it took and why it was or was not
/// the ack; the in-process endpoint answers as the scenario's `notificationAnswer` says.
@Suite("MockAPO: deliveries you can see into")
struct DeliveryRecordTests {
    /// Pays with a wallet (one PAYMENT_RESULT) and delivers what is due.
    static func paidWallet(_ h: Harness) async throws -> [NotificationAttempt] {
        await h.apo.force([.success])
        _ = try await h.apo.pay(Harness.payRequest(id: "P-1", methodType: "GRABPAY_SG"))
        return await h.apo.deliverDueNotifications()
    }

    @Test("issue 11: HTTP 500 \"try later\" is recorded as such, with the next attempt in 2 min, not as no answer")
    func serverErrorIsRecorded() async throws {
        let answer = WireCoding.encode(["result": APOResult(resultCode: "SYSTEM_ERROR", resultStatus: .failure, resultMessage: "try later")])
        let h = try Harness(sink: ScriptedNotificationSink(failures: 1, failure: .response(status: 500, body: answer)))
        let first = try #require(try await Self.paidWallet(h).first)
        #expect(first.httpStatus == 500)
        #expect(first.transportError == nil)
        #expect(first.answer == String(decoding: answer, as: UTF8.self))
        #expect(first.verdict == AckVerdict(acked: false, failure: .serverError, reason: "HTTP 500; the ack needs HTTP 200"))
        #expect(first.nextAttemptAt == Harness.start.addingTimeInterval(120))
        #expect(first.maximumAttempts == 8)
        #expect(DeliveryText.outcome(first) == #"not acked: HTTP 500 "try later" · attempt 2 of 8 in 2 min"#)
        let stored = try #require(try await h.outbox().first?.attempts.first)
        #expect(stored.responseBody == first.answer)
        #expect(stored.verdict == first.verdict)
        h.advance(minutes: 2)
        let second = try #require(await h.apo.deliverDueNotifications().first)
        #expect(second.acked)
        #expect(DeliveryText.outcome(second) == "acked (HTTP 200)")
        #expect(second.verdict.reason == "the exact acknowledgement")
    }

    @Test("the last failed attempt says it gave up after 8 attempts")
    func gaveUp() async throws {
        let h = try Harness(sink: ScriptedNotificationSink.always(.noAnswer(.connectionRefused)))
        var last = try #require(try await Self.paidWallet(h).first)
        for _ in 2...8 {
            h.advance(minutes: 15 * 60)
            last = try #require(await h.apo.deliverDueNotifications().first)
        }
        #expect(last.attempt == 8)
        #expect(last.status == .exhausted)
        #expect(DeliveryText.outcome(last) == "not acked: no answer: connection refused · gave up after 8 attempts")
    }

    @Test("an answer echoing a card number is kept masked, and only its first 512 bytes")
    func answerMasked() async throws {
        let echoed = #"{"card":"4054695723100768","pad":""# + String(repeating: "x", count: 1000) + #""}"#
        let h = try Harness(sink: ScriptedNotificationSink.always(.response(status: 400, text: echoed)))
        let first = try #require(try await Self.paidWallet(h).first)
        let answer = try #require(first.answer)
        #expect(!answer.contains("4054695723100768"))
        #expect(answer.hasPrefix(#"{"card":"************0768""#))
        #expect(answer.utf8.count == 512)
        #expect(first.verdict.failure == .httpStatus)
    }

    @Test("the in-process endpoint answers as notificationAnswer says: http500 twice, then the ack")
    func http500Twice() async throws {
        let merchant = MerchantWebhookReceiver(answer: NotificationAnswer(kind: .http500, times: 2))
        let h = try Harness(sink: merchant)
        let first = try #require(try await Self.paidWallet(h).first)
        #expect(DeliveryText.outcome(first) == #"not acked: HTTP 500 "try later" · attempt 2 of 8 in 2 min"#)
        #expect(merchant.notifications.isEmpty, "a handler that failed took nothing in")
        h.advance(minutes: 2)
        let second = try #require(await h.apo.deliverDueNotifications().first)
        #expect(DeliveryText.outcome(second) == #"not acked: HTTP 500 "try later" · attempt 3 of 8 in 10 min"#)
        h.advance(minutes: 10)
        let third = try #require(await h.apo.deliverDueNotifications().first)
        #expect(third.acked && third.attempt == 3)
        #expect(merchant.notifications.count == 1)
    }

    @Test("timeout, signatureRejected and a body of one's own, in process")
    func otherAnswers() async throws {
        let timeout = try Harness(sink: MerchantWebhookReceiver(answer: NotificationAnswer(kind: .timeout)))
        let silent = try #require(try await Self.paidWallet(timeout).first)
        #expect(silent.httpStatus == nil)
        #expect(silent.latency == 10)
        #expect(silent.verdict.reason == "no answer: timed out after 10 s")
        #expect(silent.verdict.failure == .timedOut)

        let rejecting = try Harness(sink: MerchantWebhookReceiver(answer: NotificationAnswer(kind: .signatureRejected)))
        let rejected = try #require(try await Self.paidWallet(rejecting).first)
        #expect(rejected.httpStatus == 401)
        #expect(rejected.verdict.failure == .signatureRejected)
        #expect(DeliveryText.answer(rejected) == #"HTTP 401 "Invalid notify signature""#)

        let ok = NotificationAnswer(kind: .body(status: 200, body: #"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"ok"}}"#))
        let own = try Harness(sink: MerchantWebhookReceiver(answer: ok))
        let answered = try #require(try await Self.paidWallet(own).first)
        #expect(!answered.acked)
        #expect(answered.verdict.reason == #"result.resultMessage is "ok"; the ack needs "success""#)
    }

    @Test("durations read as people write them")
    func durations() {
        #expect(DurationText.span(120) == "2 min")
        #expect(DurationText.span(600) == "10 min")
        #expect(DurationText.span(5400) == "1 h 30 min")
        #expect(DurationText.span(54_000) == "15 h")
        #expect(DurationText.span(12) == "12 s")
        #expect(DurationText.seconds(0.3) == "0.3 s")
        #expect(DeliveryText.milliseconds(0.0354) == "35 ms")
    }
}
