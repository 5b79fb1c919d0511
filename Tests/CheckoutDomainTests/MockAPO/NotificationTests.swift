import Foundation
import Testing

@testable import CheckoutDomain

@Suite("MockAPO: notifications")
struct NotificationTests {
    // Seeds 003 and 004: the notifyPayment sample's fields.
    @Test("the notifyPayment body carries Antom's fields")
    func paymentBody() async throws {
        let h = try Harness()
        let page = try await h.openSession()
        let paid = try await h.payByCard(page)
        let attempts = await h.apo.deliverDueNotifications()
        #expect(attempts.map(\.notifyType) == ["PAYMENT_RESULT", "CAPTURE_RESULT"])
        #expect(attempts.allSatisfy { $0.acked && $0.attempt == 1 && $0.status == .acked })
        let received = try #require(h.merchant?.notifications.first)
        #expect(received.notification.url == Harness.notifyUrl)
        #expect(received.notification.clientId == "SANDBOX_TEST")
        let body = try WireCoding.decode(NotifyPaymentRequest.self, from: received.notification.body)
        #expect(body.notifyType == "PAYMENT_RESULT")
        #expect(body.result == .success)
        #expect(body.paymentRequestId == "REQ-1")
        #expect(body.paymentId == paid.paymentId)
        #expect(body.paymentAmount == Amount(currency: "SGD", value: "6000"))
        #expect(body.paymentCreateTime == "2026-01-01T00:00:00+00:00")
        #expect(body.paymentTime == "2026-01-01T00:00:00+00:00")
        #expect(body.paymentMethodType == "CARD")
        #expect(body.paymentResultInfo?.cardNo == "************0768")
        #expect(received.notification.body == WireCoding.encode(body), "bodies are WireCoding bytes")
    }

    // Seeds 003 FAQ and 001 ("the shipping should be based on the capture result").
    @Test("CARD is ship-ready only after CAPTURE_RESULT; PAYMENT_RESULT is delivered first")
    func shipReady() async throws {
        let h = try Harness()
        let page = try await h.openSession(Harness.sessionRequest(captureMode: "MANUAL"))
        let paid = try await h.payByCard(page)
        let paymentId = try #require(paid.paymentId)
        _ = await h.apo.deliverDueNotifications()
        let merchant = try #require(h.merchant)
        #expect(merchant.notifications.map(\.notifyType) == ["PAYMENT_RESULT"])
        #expect(!merchant.isShipReady(paymentId: paymentId))
        _ = try await h.apo.capture(
            CaptureRequest(
                captureRequestId: "C-1", paymentId: paymentId, captureAmount: Amount(currency: "SGD", value: "6000")))
        _ = await h.apo.deliverDueNotifications()
        #expect(merchant.notifications.map(\.notifyType) == ["PAYMENT_RESULT", "CAPTURE_RESULT"])
        #expect(merchant.isShipReady(paymentId: paymentId))

        let wallet = try await h.apo.pay(Harness.payRequest(id: "W", methodType: "GRABPAY_SG"))
        _ = try await h.apo.completeRedirect(paymentId: wallet.paymentId ?? "", action: .approve)
        _ = await h.apo.deliverDueNotifications()
        #expect(merchant.isShipReady(paymentId: wallet.paymentId ?? ""), "a wallet ships on PAYMENT_RESULT")
    }

    // Seed 004: resent "until a correct response is received", at 0, 2, 10, 10 minutes…
    @Test("a merchant failing 3 times then acking gets 4 attempts, at 0, 2, 12 and 22 minutes")
    func retrySchedule() async throws {
        let sink = ScriptedNotificationSink(failures: 3)
        let h = try Harness(sink: sink)
        await h.apo.force([.success])
        _ = try await h.apo.pay(Harness.payRequest(id: "P-2", methodType: "GRABPAY_SG"))
        var times: [Double] = []
        for _ in 0..<(24 * 60) {
            for attempt in await h.apo.deliverDueNotifications() where attempt.paymentRequestId == "P-2" {
                times.append(attempt.time.timeIntervalSince(Harness.start) / 60)
            }
            h.advance(minutes: 1)
        }
        #expect(times == [0, 2, 12, 22])
        let entry = try #require(try await h.outbox().first)
        #expect(entry.status == .acked)
        #expect(entry.attempts.map(\.acked) == [false, false, false, true])
        #expect(entry.attempts.first?.httpStatus == 500)
        #expect(entry.nextAttemptAt == nil)
        #expect(sink.delivered.map(\.attempt) == [1, 2, 3, 4])
    }

    // Seeds 000-004: "resent up to 8 times".
    @Test("a merchant that never acks gets exactly 8 attempts on Antom's schedule, then none")
    func eightAttempts() async throws {
        let h = try Harness(sink: ScriptedNotificationSink(failures: .max))
        await h.apo.force([.success])
        _ = try await h.apo.pay(Harness.payRequest(methodType: "GRABPAY_SG"))
        var minutes: [Double] = []
        for _ in 0..<(3 * 24 * 60 / 10) {
            for attempt in await h.apo.deliverDueNotifications() {
                minutes.append(attempt.time.timeIntervalSince(Harness.start) / 60)
            }
            h.advance(minutes: 10)
        }
        // Checked every 10 minutes, so each attempt goes out at the first check after it is due.
        #expect(minutes.count == 8)
        #expect(minutes == [0, 10, 20, 30, 90, 210, 570, 1470])
        let entry = try #require(try await h.outbox().first)
        #expect(entry.status == .exhausted)
        #expect(entry.attempts.count == 8)
        #expect(entry.nextAttemptAt == nil)
    }

    // Seeds 000-004: "0 minutes, 2 minutes, 10 minutes, 10 minutes, 1 hour, 2 hours, 6 hours, and 15 hours".
    @Test("delays are measured between consecutive attempts: 0, 2, 12, 22, 82, 202, 562, 1462 minutes when on time")
    func exactSchedule() async throws {
        let h = try Harness(sink: ScriptedNotificationSink(failures: .max))
        await h.apo.force([.success])
        _ = try await h.apo.pay(Harness.payRequest(methodType: "GRABPAY_SG"))
        var minutes: [Double] = []
        for _ in 0..<8 {
            let attempts = await h.apo.deliverDueNotifications()
            minutes += attempts.map { $0.time.timeIntervalSince(Harness.start) / 60 }
            if let next = attempts.last?.nextAttemptAt { h.clock.set(next) }
        }
        #expect(minutes == [0, 2, 12, 22, 82, 202, 562, 1462])
        h.advance(minutes: 24 * 60)
        #expect(await h.apo.deliverDueNotifications().isEmpty)
    }

    @Test(
        "an answer the ack rule does not take is retried (the seeds' own variants are in NotificationAckTests)",
        arguments: [
            #"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"ok"}}"#,
            #"{"result":{"resultCode":"SUCCESS","resultStatus":"S"}}"#,
            #"{"result":{"resultCode":"SUCCESS","resultStatus":"F","resultMessage":"success"}}"#,
            #"{"result":{"resultCode":"FAIL","resultStatus":"S","resultMessage":"success"}}"#,
            #"{"resultCode":"SUCCESS","resultStatus":"S"}"#,
            #"{"status":"ok"}"#,
            "success",
            "",
        ])
    func exactAck(_ body: String) async throws {
        let h = try Harness(sink: ScriptedNotificationSink.always(.response(status: 200, text: body)))
        await h.apo.force([.success])
        _ = try await h.apo.pay(Harness.payRequest(methodType: "GRABPAY_SG"))
        let first = await h.apo.deliverDueNotifications()
        #expect(first.count == 1)
        #expect(first.first?.acked == false)
        #expect(first.first?.status == .pending)
        h.advance(minutes: 2)
        #expect(await h.apo.deliverDueNotifications().count == 1, "it is sent again")
    }

    @Test("the acknowledgement matches whatever the spacing and key order; HTTP must be 200")
    func ackEquality() {
        let spaced =
            "{ \"result\" : {\n \"resultMessage\":\"success\", \"resultStatus\":\"S\",\"resultCode\":\"SUCCESS\" } }"
        #expect(DeliveryOutcome.response(status: 200, text: spaced).isAcknowledgement)
        #expect(DeliveryOutcome.acknowledged.isAcknowledgement)
        #expect(!DeliveryOutcome.response(status: 500, body: NotificationAck.body).isAcknowledgement)
        #expect(!DeliveryOutcome.transportFailure("connection refused").isAcknowledgement)
    }

    @Test("a transport failure is retried like any other failure")
    func transportFailure() async throws {
        let h = try Harness(
            sink: ScriptedNotificationSink(failures: 1, failure: .transportFailure("connection refused")))
        await h.apo.force([.success])
        _ = try await h.apo.pay(Harness.payRequest(methodType: "GRABPAY_SG"))
        let first = try #require(await h.apo.deliverDueNotifications().first)
        #expect(first.httpStatus == nil)
        #expect(first.transportError == "connection refused")
        h.advance(minutes: 2)
        #expect(await h.apo.deliverDueNotifications().first?.acked == true)
    }

    @Test("without paymentNotifyUrl nothing is sent, and the log says so")
    func noNotifyUrl() async throws {
        let h = try Harness()
        let page = try await h.openSession(Harness.sessionRequest(notifyUrl: nil))
        _ = try await h.payByCard(page)
        #expect(try await h.outbox().isEmpty)
        #expect(await h.apo.deliverDueNotifications().isEmpty)
        let skipped = await h.apo.activity(after: 0).filter { $0.kind == .notificationSkipped }
        #expect(skipped.map(\.name) == ["PAYMENT_RESULT", "CAPTURE_RESULT"])
        #expect(skipped.allSatisfy { $0.message.contains("no paymentNotifyUrl") })
    }

    // Seed 003 FAQ: "Antom will send asynchronous notifications when the payment session expires".
    @Test("a failed Checkout Page payment is notified when the session expires; a retry replaces it")
    func heldFailure() async throws {
        let h = try Harness()
        let page = try await h.openSession()
        _ = try await h.payByCard(page, Harness.visaDeclined)
        #expect(await h.apo.deliverDueNotifications().isEmpty)
        h.advance(minutes: 59)
        #expect(await h.apo.deliverDueNotifications().isEmpty)
        h.advance(minutes: 1)
        let sent = await h.apo.deliverDueNotifications()
        #expect(sent.map(\.notifyType) == ["PAYMENT_RESULT"])
        #expect(h.merchant?.notifications.first?.result.resultCode == "DO_NOT_HONOR")

        let h2 = try Harness()
        let page2 = try await h2.openSession()
        _ = try await h2.payByCard(page2, Harness.visaDeclined)
        h2.advance(minutes: 1)
        let retried = try await h2.payByCard(page2, Harness.visaSuccess)
        let now = await h2.apo.deliverDueNotifications()
        #expect(now.map(\.notifyType) == ["PAYMENT_RESULT", "CAPTURE_RESULT"])
        h2.advance(minutes: 120)
        #expect(await h2.apo.deliverDueNotifications().isEmpty, "the replaced failure is never sent")
        #expect(h2.merchant?.notifications.map(\.paymentId) == [retried.paymentId, retried.paymentId])
        #expect(try await h2.outbox().first?.status == .superseded)
    }

    @Test("a failed pay API payment is notified at once")
    func payFailureImmediate() async throws {
        let h = try Harness()
        _ = try await h.apo.pay(Harness.payRequest(cardNo: Harness.visaDeclined))
        let sent = await h.apo.deliverDueNotifications()
        #expect(sent.count == 1)
        #expect(h.merchant?.notifications.first?.result.resultStatus == .failure)
    }

    @Test("a CAPTURE_RESULT whose capture fields do not read is still taken in: the handler reads only what all share")
    func unreadableCaptureTakenIn() async throws {
        let merchant = MerchantWebhookReceiver()
        let body = #"{"notifyType":"CAPTURE_RESULT","paymentId":"P-1","captureAmount":"6000","#
            + #""result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}"#
        let outcome = await merchant.deliver(
            OutboundNotification(
                id: "n", url: "u", notifyType: "CAPTURE_RESULT", body: Data(body.utf8), attempt: 1, paymentId: "P-1",
                paymentRequestId: nil, requestTime: Harness.start, clientId: "c"))
        #expect(outcome.isAcknowledgement)
        let taken = try #require(merchant.notifications.first)
        #expect(taken.notifyType == .captureResult && taken.paymentId == "P-1" && taken.result.resultStatus == .success)
    }

    @Test("the in-process merchant answers 400 to a body that is not a notification")
    func receiverRejectsGarbage() async {
        let merchant = MerchantWebhookReceiver()
        let outcome = await merchant.deliver(
            OutboundNotification(
                id: "n", url: "u", notifyType: "PAYMENT_RESULT", body: Data("{}".utf8), attempt: 1, paymentId: nil,
                paymentRequestId: nil, requestTime: Harness.start, clientId: "c"))
        #expect(outcome.httpStatus == 400)
        #expect(!outcome.isAcknowledgement)
        #expect(merchant.notifications.isEmpty)
    }
}
