import CheckoutDomain
import CheckoutServices
import Foundation
import Hummingbird
import Testing

/// MockAPO, the HTTP sink and a live receiver together on a manual clock.
@Suite("Webhook delivery over HTTP: Antom's retry schedule")
struct WebhookRetryTests {
    /// Runs a mock whose one PAYMENT_RESULT goes over HTTP to a live receiver; follows the clock from attempt to
    /// attempt until none is due, then a day more.
    static func deliver(to receiver: WebhookReceiver, bench: APOBench) async throws -> [NotificationAttempt] {
        let keys = try WebhookKeys.load()
        let router = Router()
        receiver.addRoutes(to: router)
        return try await withLiveServer(router) { port in
            try await withNotificationSink(signingKey: keys.apoPrivate) { sink in
                let apo = try bench.apo(store: InMemoryAPOStore(), sink: sink)
                await apo.force([.success])
                let url = "http://127.0.0.1:\(port)\(WebhookReceiver.defaultPath)"
                _ = try await apo.pay(APOBench.payRequest(methodType: "GRABPAY_SG", notifyUrl: url))
                var attempts: [NotificationAttempt] = []
                while true {
                    let made = await apo.deliverDueNotifications()
                    attempts += made
                    guard let next = made.last?.nextAttemptAt, attempts.count < 20 else { break }
                    bench.advance(to: next)
                }
                bench.clock.advance(by: 24 * 3600)
                attempts += await apo.deliverDueNotifications()
                return attempts
            }
        }
    }

    static func minutes(_ attempts: [NotificationAttempt]) -> [Double] {
        attempts.map { $0.time.timeIntervalSince(APOBench.start) / 60 }
    }

    @Test("a receiver failing twice gets attempts at 0, 2 and 12 minutes, and none after its acknowledgement")
    func retriesUntilAcknowledged() async throws {
        let keys = try WebhookKeys.load()
        let bench = APOBench()
        let receiver = WebhookReceiver(apoPublicKey: keys.apoPublic, failFirst: 2, clock: bench.clock)
        let attempts = try await Self.deliver(to: receiver, bench: bench)
        #expect(Self.minutes(attempts) == [0, 2, 12])
        #expect(attempts.map(\.httpStatus) == [500, 500, 200])
        #expect(attempts.map(\.acked) == [false, false, true])
        #expect(attempts.last?.status == .acked)
        #expect(
            receiver.deliveries.map(\.verdict)
                == [.answeredOnPurpose("http500", number: 1), .answeredOnPurpose("http500", number: 2), .acknowledged])
    }

    @Test("a receiver that never acknowledges gets exactly 8 attempts on Antom's schedule")
    func eightAttempts() async throws {
        let keys = try WebhookKeys.load()
        let bench = APOBench()
        let receiver = WebhookReceiver(apoPublicKey: keys.apoPublic, failFirst: .max, clock: bench.clock)
        let attempts = try await Self.deliver(to: receiver, bench: bench)
        #expect(Self.minutes(attempts) == [0, 2, 12, 22, 82, 202, 562, 1462])
        #expect(attempts.map(\.attempt) == Array(1...8))
        #expect(attempts.allSatisfy { $0.httpStatus == 500 && !$0.acked })
        #expect(attempts.last?.status == .exhausted)
        #expect(receiver.deliveries.count == 8)
    }
}
