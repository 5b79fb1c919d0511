import CheckoutDomain
import CheckoutServices
import Foundation
import Logging
import Synchronization
import Testing

/// `serve --webhook-port`: the simulator's merchant server verifies and acknowledges posted notifications.
@Suite("Merchant webhook server")
struct MerchantWebhookServerTests {
    @Test("it listens, verifies the APO's signature and answers the exact ack; a forged one is refused")
    func acknowledgesSignedNotifications() async throws {
        let keys = try WebhookKeys.load()
        let server = MerchantWebhookServer(
            receiver: WebhookReceiver(apoPublicKey: keys.apoPublic), port: 0, logger: Logger(label: "test"))
        let bound = Mutex<Int?>(nil)
        let running = Task { try await server.run { port in bound.withLock { $0 = port } } }
        defer { running.cancel() }
        var port: Int?
        for _ in 0..<500 where port == nil {
            port = bound.withLock { $0 }
            if port == nil { try await Task.sleep(for: .milliseconds(10)) }
        }
        let url = "http://127.0.0.1:\(try #require(port))\(WebhookReceiver.defaultPath)"
        let signed = try await withNotificationSink(signingKey: keys.apoPrivate) { sink in
            await sink.deliver(HTTPNotificationSinkTests.notification(url: url))
        }
        #expect(signed.isAcknowledgement)
        let forged = try await withNotificationSink(signingKey: keys.merchantPrivate) { sink in
            await sink.deliver(HTTPNotificationSinkTests.notification(url: url))
        }
        #expect(!forged.isAcknowledgement)
        #expect(forged.httpStatus == 401)
        let verdicts = server.receiver.deliveries.map(\.verdict)
        #expect(verdicts.first == .acknowledged)
        guard case .rejected = verdicts.last else { Issue.record("expected a rejection, got \(verdicts)"); return }
    }
}
