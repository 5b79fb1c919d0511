import CheckoutDomain
import CheckoutServices
import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization
import Testing

/// Signed POSTs to live loopback receivers: headers, acks, redirects, timeouts, closed ports, bad URLs.
@Suite("HTTP notification sink")
struct HTTPNotificationSinkTests {
    static let body = Data(
        (#"{"notifyType":"PAYMENT_RESULT","paymentId":"P-1","paymentRequestId":"REQ-1","#
            + #""result":{"resultCode":"SUCCESS","resultMessage":"success.","resultStatus":"S"}}"#).utf8)

    static func notification(url: String) -> OutboundNotification {
        OutboundNotification(
            id: "NTF-1", url: url, notifyType: "PAYMENT_RESULT", body: body, attempt: 1, paymentId: "P-1",
            paymentRequestId: "REQ-1", requestTime: APOBench.start, clientId: APOBench.clientId)
    }

    @Test("a notification reaches a live receiver, which verifies the APO's signature and acknowledges")
    func deliversAndAcks() async throws {
        let keys = try WebhookKeys.load()
        let receiver = WebhookReceiver(apoPublicKey: keys.apoPublic)
        let router = Router()
        receiver.addRoutes(to: router)
        let outcome = try await withLiveServer(router) { port in
            try await withNotificationSink(signingKey: keys.apoPrivate) { sink in
                await sink.deliver(Self.notification(url: "http://127.0.0.1:\(port)/payment/receiveNotify?shop=7"))
            }
        }
        #expect(outcome.httpStatus == 200)
        #expect(outcome.responseBody == NotificationAck.body)
        #expect(outcome.isAcknowledgement)
        let delivery = try #require(receiver.deliveries.first)
        #expect(delivery.verdict == .acknowledged)
        #expect(delivery.notifyType == "PAYMENT_RESULT")
        #expect(delivery.paymentRequestId == "REQ-1")
        #expect(delivery.result == .success)
    }

    // Seeds 001/003: the webhook is verified over method, URI, client-id, request-time and the body as sent.
    @Test("the POST carries Antom's headers and the exact body, signed over the notify path and query")
    func headersAndSignature() async throws {
        let keys = try WebhookKeys.load()
        let seen = Mutex<(headers: [String: String], body: Data)?>(nil)
        let router = Router()
        router.post("/hook") { request, _ -> Response in
            var request = request
            let body = try await request.collectBody(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            seen.withLock { $0 = (headers, Data(body.readableBytesView)) }
            return Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(bytes: NotificationAck.body)))
        }
        let outcome = try await withLiveServer(router) { port in
            try await withNotificationSink(signingKey: keys.apoPrivate) { sink in
                await sink.deliver(Self.notification(url: "http://127.0.0.1:\(port)/hook?shop=7&name=a%20b"))
            }
        }
        #expect(outcome.isAcknowledgement)
        let (headers, body) = try #require(seen.withLock { $0 })
        #expect(body == Self.body)
        #expect(headers["content-type"] == "application/json; charset=UTF-8")
        #expect(headers["client-id"] == APOBench.clientId)
        #expect(headers["request-time"] == "2026-01-01T00:00:00+00:00")
        let signature = try #require(headers["signature"])
        #expect(signature.hasPrefix("algorithm=RSA256,keyVersion=1,signature="))
        #expect(
            (try? SignedRequest.verifyWebhook(
                notifyPath: "/hook?shop=7&name=a%20b", headers: headers, body: body, publicKey: keys.apoPublic))
                != nil)
        #expect(
            (try? SignedRequest.verifyWebhook(
                notifyPath: "/hook", headers: headers, body: body, publicKey: keys.apoPublic))
                == nil, "the query is part of what is signed")
    }

    @Test(
        "anything but an http(s) URL with a host is not sent, and says why",
        arguments: ["ftp://merchant.example/notify", "merchant.example/notify", "http:///notify", "", "mailto:a@b.c"])
    func refusesOtherURLs(_ url: String) async throws {
        let keys = try WebhookKeys.load()
        let outcome = try await withNotificationSink(signingKey: keys.apoPrivate) { sink in
            await sink.deliver(Self.notification(url: url))
        }
        #expect(outcome.httpStatus == nil)
        #expect(outcome.transportError?.hasPrefix("not sent: ") == true, "\(outcome)")
        #expect(outcome.transportError?.contains("is not an http(s) URL with a host") == true)
    }

    @Test("serve signs each attempt once: the signature it lists is the one it posts")
    func signedOnce() async throws {
        let keys = try WebhookKeys.load()
        let seen = Mutex<[String: String]?>(nil)
        let router = Router()
        router.post("/hook") { request, _ -> Response in
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            seen.withLock { $0 = headers }
            return Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(bytes: NotificationAck.body)))
        }
        let listed = try await withLiveServer(router) { port in
            // The poster's own key is the merchant's: a signature it made itself would not verify as the APO's.
            try await withNotificationSink(signingKey: keys.merchantPrivate) { poster in
                let sink = CapturingNotificationSink(key: keys.apoPrivate, inner: poster, logger: Logger(label: "test"))
                #expect(await sink.deliver(Self.notification(url: "http://127.0.0.1:\(port)/hook")).isAcknowledgement)
                return try #require(sink.notifications().first)
            }
        }
        let headers = try #require(seen.withLock { $0 })
        #expect(headers["signature"] == listed.signature)
        #expect(headers["request-time"] == listed.requestTime && headers["client-id"] == listed.clientId)
        #expect(
            (try? SignedRequest.verifyWebhook(notifyPath: "/hook", headers: headers, body: Self.body, publicKey: keys.apoPublic))
                != nil)
    }

    @Test("a redirect is an answer, not followed, as one attempt is one POST")
    func redirectNotFollowed() async throws {
        let keys = try WebhookKeys.load()
        let receiver = WebhookReceiver(apoPublicKey: keys.apoPublic)
        let router = Router()
        receiver.addRoutes(to: router)
        router.post("/moved") { _, _ in
            Response(status: .found, headers: [.location: WebhookReceiver.defaultPath])
        }
        let outcome = try await withLiveServer(router) { port in
            try await withNotificationSink(signingKey: keys.apoPrivate) { sink in
                await sink.deliver(Self.notification(url: "http://127.0.0.1:\(port)/moved"))
            }
        }
        #expect(outcome.httpStatus == 302)
        #expect(!outcome.isAcknowledgement)
        #expect(receiver.deliveries.isEmpty)
    }

    @Test("a merchant that does not answer in time gives a timeout outcome")
    func timeout() async throws {
        let keys = try WebhookKeys.load()
        let (release, open) = AsyncStream.makeStream(of: Void.self)
        let router = Router()
        router.post("/slow") { _, _ -> Response in
            for await _ in release {}
            return Response(status: .ok)
        }
        let outcome = try await withLiveServer(router) { port in
            let outcome = try await withNotificationSink(signingKey: keys.apoPrivate, timeout: .milliseconds(300)) {
                sink in
                await sink.deliver(Self.notification(url: "http://127.0.0.1:\(port)/slow"))
            }
            open.finish()
            return outcome
        }
        #expect(outcome.httpStatus == nil)
        #expect(outcome.transportError == "timed out after 0.3 s")
        #expect(outcome.verdict.failure == .timedOut)
        #expect(outcome.latency.map { $0 >= 0.3 } == true)
    }

    @Test("a closed port gives the transport error, and the mock schedules the next attempt")
    func closedPort() async throws {
        let keys = try WebhookKeys.load()
        let closed = try ClosedLoopbackPort()
        let bench = APOBench()
        let url = "http://127.0.0.1:\(closed.port)/payment/receiveNotify"
        let attempt = try await withNotificationSink(signingKey: keys.apoPrivate) { sink in
            let apo = try bench.apo(store: InMemoryAPOStore(), sink: sink)
            await apo.force([.success])
            _ = try await apo.pay(APOBench.payRequest(methodType: "GRABPAY_SG", notifyUrl: url))
            return try #require(await apo.deliverDueNotifications().first)
        }
        withExtendedLifetime(closed) {}
        #expect(attempt.httpStatus == nil)
        #expect(attempt.transportError == "connection refused")
        #expect(attempt.verdict == AckVerdict(acked: false, failure: .connectionRefused, reason: "no answer: connection refused"))
        #expect(!attempt.acked)
        #expect(attempt.status == .pending)
        #expect(attempt.nextAttemptAt == APOBench.start.addingTimeInterval(120))
    }
}
