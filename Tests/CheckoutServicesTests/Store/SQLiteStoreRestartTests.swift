import CheckoutDomain
import CheckoutServices
import Foundation
import Testing

/// A new mock on the same directory resumes deliveries and replays idempotent answers.
@Suite("SQLite store: a restarted mock resumes")
struct SQLiteStoreRestartTests {
    static let notifyUrl = "https://merchant.example/payment/receiveNotify"

    @Test("an undelivered notification survives the restart and is acknowledged by the next mock")
    func pendingDeliveryResumes() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let bench = APOBench()
        let failing = ScriptedNotificationSink.always(.transportFailure("connection refused"))
        var first: MockAPO? = try bench.apo(store: try fixture.open(), sink: failing)
        await first?.force([.success])
        _ = try await first?.pay(APOBench.payRequest(methodType: "GRABPAY_SG", notifyUrl: Self.notifyUrl))
        let failed = try #require(await first?.deliverDueNotifications().first)
        #expect(failed.status == .pending)
        let due = try #require(failed.nextAttemptAt)
        first = nil

        let merchant = MerchantWebhookReceiver()
        let second = try bench.apo(store: try fixture.open(), sink: merchant, idPrefix: "20260102")
        let entry = try #require(try await second.outboxEntries().first)
        #expect(entry.status == .pending)
        #expect(entry.nextAttemptAt == due)
        #expect(entry.attempts.map(\.transportError) == ["connection refused"])

        bench.advance(to: due)
        let delivered = await second.deliverDueNotifications()
        #expect(delivered.map(\.attempt) == [2])
        #expect(delivered.first?.acked == true)
        #expect(merchant.notifications.map(\.notifyType) == ["PAYMENT_RESULT"])
        #expect(merchant.notifications.first?.notification.body == entry.bodyBytes, "the same bytes as before")

        let third = try bench.apo(store: try fixture.open(), sink: merchant, idPrefix: "20260103")
        #expect(try await third.outboxEntries().first?.status == .acked)
        #expect(await third.deliverDueNotifications().isEmpty)
    }

    @Test("idempotent replays after a restart answer exactly as before, and another body is still told apart")
    func idempotentReplay() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let bench = APOBench()
        var sessionRequest = APOBench.sessionRequest(notifyUrl: Self.notifyUrl)
        // Free-form metadata read back from the row: the session's digest is made from it after the restart.
        sessionRequest.paymentMethod = PaymentMethod(
            paymentMethodType: "GRABPAY_SG",
            paymentMethodMetaData: [
                "ratio": .number(0.1), "big": .number(12_345_678_901_234), "flags": .array([.bool(true), .null]),
                "nested": .object(["b": .string("ü\u{0007}"), "a": .number(-2.5e-8)]),
            ])
        let payRequest = APOBench.payRequest(tokenize: true, notifyUrl: Self.notifyUrl)
        var first: MockAPO? = try bench.apo(store: try fixture.open(), sink: MerchantWebhookReceiver())
        let session = try #require(try await first?.createPaymentSession(sessionRequest))
        let paid = try #require(try await first?.pay(payRequest))
        #expect(paid.result.resultStatus == .success)
        first = nil

        bench.clock.advance(by: 60)
        let second = try bench.apo(store: try fixture.open(), sink: MerchantWebhookReceiver(), idPrefix: "20260102")
        let sessionAgain = try await second.createPaymentSession(sessionRequest)
        let paidAgain = try await second.pay(payRequest)
        #expect(WireCoding.encode(sessionAgain) == WireCoding.encode(session))
        var otherBody = sessionRequest
        otherBody.paymentMethod?.paymentMethodMetaData?["ratio"] = .number(0.2)
        let conflicting = try await second.createPaymentSession(otherBody)
        #expect(conflicting.result.resultCode == "REPEAT_REQ_INCONSISTENT")
        #expect(WireCoding.encode(paidAgain) == WireCoding.encode(paid))
        #expect(try await second.outboxEntries().count == 2, "a replay queues no new notifications")
    }
}
