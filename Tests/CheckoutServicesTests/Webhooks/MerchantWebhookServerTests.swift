import CheckoutDomain
import CheckoutServices
import Foundation
import Logging
import Testing

/// `serve --webhook-port`: the simulator's merchant server verifies and acknowledges posted notifications.
@Suite("Merchant webhook server")
struct MerchantWebhookServerTests {
    @Test("it listens, verifies the APO's signature and answers the exact ack; a forged one is refused")
    func acknowledgesSignedNotifications() async throws {
        let keys = try WebhookKeys.load()
        let server = MerchantWebhookServer(
            receiver: WebhookReceiver(apoPublicKey: keys.apoPublic), port: 0, logger: Logger(label: "test"))
        let running = try await server.start()
        defer { running.stop() }
        let url = running.notifyURL
        #expect(url.hasPrefix("http://127.0.0.1:") && url.hasSuffix(WebhookReceiver.defaultPath) && running.address.port > 0)
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

    @Test("a port another server listens on is thrown by start, as portInUse, before anything listens")
    func busyPort() async throws {
        let keys = try WebhookKeys.load()
        let first = try await MerchantWebhookServer(
            receiver: WebhookReceiver(apoPublicKey: keys.apoPublic), port: 0, logger: Logger(label: "test")
        ).start()
        defer { first.stop() }
        let second = MerchantWebhookServer(
            receiver: WebhookReceiver(apoPublicKey: keys.apoPublic), port: first.address.port, logger: Logger(label: "test"))
        await #expect(throws: MockAPOServerError.portInUse(host: "127.0.0.1", port: first.address.port)) {
            _ = try await second.start()
        }
    }
}
