import CheckoutDomain
import CheckoutServices
import Foundation
import Hummingbird
import Logging
import Testing

/// Issue 11 item 5 over HTTP: `/sim/v1/notifications` (what the TUI against `serve` reads) and the merchant
/// receiver's answer modes (`serve --webhook-answer`).
@Suite("Deliveries you can see into, over HTTP")
struct DeliveryVisibilityTests {
    @Test("issue 11: a 500 is listed with its status, answer, reason and next attempt — not as \"no answer\"")
    func listedAttempt() async throws {
        let keys = try WebhookKeys.load()
        let bench = APOBench()
        let failing = DeliveryOutcome.response(
            status: 500, text: #"{"result":{"resultCode":"SYSTEM_ERROR","resultStatus":"F","resultMessage":"try later"}}"#)
        let sink = CapturingNotificationSink(
            key: keys.apoPrivate, inner: ScriptedNotificationSink(failures: 1, failure: failing),
            logger: Logger(label: "test"))
        let apo = try bench.apo(store: InMemoryAPOStore(), sink: sink)
        await apo.force([.success])
        _ = try await apo.pay(APOBench.payRequest(methodType: "GRABPAY_SG", notifyUrl: "http://127.0.0.1:9/notify"))
        _ = await apo.deliverDueNotifications()
        let listed = try #require(sink.notifications().first)
        #expect(listed.httpStatus == 500)
        #expect(listed.answer?.contains("try later") == true)
        #expect(!listed.acked)
        #expect(listed.reason == "HTTP 500; the ack needs HTTP 200")
        #expect(listed.failure == .serverError)
        #expect(listed.nextAttemptAt == "2026-01-01T00:02:00+00:00")
        #expect(listed.status == .pending)
        // What the TUI's timeline makes of it over HTTP (it used to say "not acked (no answer) No attempts left").
        let attempt = listed.deliveryAttempt
        #expect(DeliveryText.outcome(attempt) == #"not acked: HTTP 500 "try later" · attempt 2 of 8 in 2 min"#)
        bench.clock.advance(by: 120)
        _ = await apo.deliverDueNotifications()
        let second = try #require(sink.notifications().last)
        #expect(second.attempt == 2 && second.acked && second.nextAttemptAt == nil && second.status == .acked)
        #expect(DeliveryText.outcome(second.deliveryAttempt) == "acked (HTTP 200)")
    }

    @Test("an attempt listed over HTTP keeps its time to the millisecond, so the timeline puts it after the calls before it")
    func listedAttemptTime() async throws {
        // Reproduced with `play --apo` on kr-toss-kakao: the attempt came 0.3 s after inquiryPayment, was listed with
        // its whole-second request-time, sorted before every entry of that second and was off the screen.
        let keys = try WebhookKeys.load()
        let bench = APOBench()
        let sink = CapturingNotificationSink(key: keys.apoPrivate, inner: ScriptedNotificationSink(failures: 0), logger: Logger(label: "test"))
        let apo = try bench.apo(store: InMemoryAPOStore(), sink: sink)
        await apo.force([.success])
        bench.clock.advance(by: 0.75)
        _ = try await apo.pay(APOBench.payRequest(methodType: "GRABPAY_SG", notifyUrl: "http://127.0.0.1:9/notify"))
        _ = await apo.deliverDueNotifications()
        let sent = try #require(sink.notifications().first)
        let listed = try WireCoding.decode(SignedNotification.self, from: WireCoding.encode(sent))
        #expect(listed.requestTime == "2026-01-01T00:00:00+00:00", "the signed header keeps Antom's whole seconds")
        #expect(listed.sentAt == "2026-01-01T00:00:00.750+00:00")
        #expect(listed.deliveryAttempt.time == APOBench.start.addingTimeInterval(0.75))
    }

    /// One notification to a live receiver answering as `answer` says, through the HTTP sink.
    static func firstAttempt(answer: NotificationAnswer, sinkTimeout: Duration = .seconds(10)) async throws
        -> NotificationAttempt
    {
        let keys = try WebhookKeys.load()
        let bench = APOBench()
        let receiver = WebhookReceiver(
            apoPublicKey: keys.apoPublic, answer: answer, timeoutHold: .seconds(2), clock: bench.clock)
        let router = Router()
        receiver.addRoutes(to: router)
        return try await withLiveServer(router) { port in
            try await withNotificationSink(signingKey: keys.apoPrivate, timeout: sinkTimeout) { sink in
                let apo = try bench.apo(store: InMemoryAPOStore(), sink: sink)
                await apo.force([.success])
                let url = "http://127.0.0.1:\(port)\(WebhookReceiver.defaultPath)"
                _ = try await apo.pay(APOBench.payRequest(methodType: "GRABPAY_SG", notifyUrl: url))
                return try #require(await apo.deliverDueNotifications().first)
            }
        }
    }

    @Test("the receiver's answers: signatureRejected is a 401, a body of one's own is judged by the ack rule")
    func receiverAnswers() async throws {
        let rejected = try await Self.firstAttempt(answer: NotificationAnswer(kind: .signatureRejected))
        #expect(rejected.httpStatus == 401)
        #expect(rejected.verdict.failure == .signatureRejected)
        #expect(rejected.latency != nil)
        let seed004 = try await Self.firstAttempt(
            answer: NotificationAnswer(
                kind: .body(status: 200, body: #"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"Success"}}"#)))
        #expect(seed004.acked)
        #expect(seed004.verdict.reason == #"the ack (resultMessage "Success" taken for "success")"#)
    }

    @Test("the receiver's timeout answer holds past the sender's timeout")
    func receiverTimeout() async throws {
        let silent = try await Self.firstAttempt(answer: NotificationAnswer(kind: .timeout), sinkTimeout: .milliseconds(300))
        #expect(silent.httpStatus == nil)
        #expect(silent.transportError == "timed out after 0.3 s")
        #expect(silent.verdict.failure == .timedOut)
    }
}
