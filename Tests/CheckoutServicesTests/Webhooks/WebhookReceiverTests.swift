import CheckoutDomain
import CheckoutServices
import Foundation
import Hummingbird
import Testing

/// The merchant side: the exact acknowledgement, rejected signatures and bodies, failures on purpose.
@Suite("Webhook receiver")
struct WebhookReceiverTests {
    static let path = WebhookReceiver.defaultPath
    static let body = HTTPNotificationSinkTests.body

    /// Headers as the APO sends them, signed with `key` over `path`.
    static func headers(signing body: Data, over path: String = path, with key: SigningKey) throws -> [String: String] {
        let headers = try SignedRequest.signRequest(
            method: "POST", path: path, clientId: APOBench.clientId, requestTime: RequestTime("1767225600000"),
            body: body, key: key)
        return Dictionary(uniqueKeysWithValues: headers.map { ($0.name, $0.value) })
    }

    // Seeds 003/004: the fixed ack, and "you do not need to countersign the response".
    @Test("a valid notification is answered with exactly Antom's acknowledgement and kept")
    func acknowledges() throws {
        let keys = try WebhookKeys.load()
        let receiver = WebhookReceiver(apoPublicKey: keys.apoPublic)
        let answer = receiver.receive(
            signedPath: Self.path, headers: try Self.headers(signing: Self.body, with: keys.apoPrivate),
            body: Self.body)
        #expect(answer.status == 200)
        #expect(
            String(decoding: answer.body, as: UTF8.self)
                == #"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}"#)
        let delivery = try #require(receiver.deliveries.first)
        #expect(delivery.verdict == .acknowledged)
        #expect(delivery.httpStatus == 200)
        #expect(delivery.notifyType == "PAYMENT_RESULT")
        #expect(delivery.paymentId == "P-1")
        #expect(delivery.paymentRequestId == "REQ-1")
        #expect(delivery.result == .success)
    }

    @Test("a signature by another key, over another path or body, or none at all is answered 401 FAIL")
    func rejectsBadSignatures() throws {
        let keys = try WebhookKeys.load()
        let receiver = WebhookReceiver(apoPublicKey: keys.apoPublic)
        let tampered = Data(String(decoding: Self.body, as: UTF8.self).replacing("REQ-1", with: "REQ-2").utf8)
        let cases: [([String: String], Data)] = [
            (try Self.headers(signing: Self.body, with: keys.merchantPrivate), Self.body),
            (try Self.headers(signing: Self.body, over: "/other", with: keys.apoPrivate), Self.body),
            (try Self.headers(signing: Self.body, with: keys.apoPrivate), tampered),
            ([:], Self.body),
        ]
        for (headers, body) in cases {
            let answer = receiver.receive(signedPath: Self.path, headers: headers, body: body)
            #expect(answer.status == 401)
            #expect(
                try JSONDecoder().decode([String: APOResult].self, from: answer.body)["result"]
                    == APOResult(resultCode: "FAIL", resultStatus: .failure, resultMessage: "invalid signature"))
            #expect(!DeliveryOutcome.response(status: answer.status, body: answer.body).isAcknowledgement)
        }
        #expect(receiver.deliveries.count == 4)
        #expect(receiver.deliveries.allSatisfy { $0.notifyType == nil && $0.httpStatus == 401 })
        #expect(
            receiver.deliveries.last?.verdict
                == .rejected(reason: "missing or empty headers: Signature, Client-Id, Request-Time"))
    }

    @Test("a signed body that is no Antom notification is answered 400")
    func rejectsOtherBodies() throws {
        let keys = try WebhookKeys.load()
        let receiver = WebhookReceiver(apoPublicKey: keys.apoPublic)
        let body = Data(#"{"notifyType":"REFUND_RESULT"}"#.utf8)
        let answer = receiver.receive(
            signedPath: Self.path, headers: try Self.headers(signing: body, with: keys.apoPrivate), body: body)
        #expect(answer.status == 400)
        #expect(!DeliveryOutcome.response(status: answer.status, body: answer.body).isAcknowledgement)
    }

    @Test("failFirst answers the first verified notifications with 500, then acknowledges")
    func failFirst() throws {
        let keys = try WebhookKeys.load()
        let receiver = WebhookReceiver(apoPublicKey: keys.apoPublic, failFirst: 2)
        let headers = try Self.headers(signing: Self.body, with: keys.apoPrivate)
        _ = receiver.receive(signedPath: Self.path, headers: [:], body: Self.body)
        let statuses = (0..<3).map { _ in
            receiver.receive(signedPath: Self.path, headers: headers, body: Self.body).status
        }
        #expect(statuses == [500, 500, 200], "a forged request does not use up a failure")
        #expect(
            receiver.deliveries.map(\.verdict).dropFirst()
                == [.answeredOnPurpose("http500", number: 1), .answeredOnPurpose("http500", number: 2), .acknowledged])
    }

    @Test("over HTTP, a notification signed with the wrong key is refused and not acknowledged")
    func forgedOverHTTP() async throws {
        let keys = try WebhookKeys.load()
        let receiver = WebhookReceiver(apoPublicKey: keys.apoPublic)
        let router = Router()
        receiver.addRoutes(to: router)
        let outcome = try await withLiveServer(router) { port in
            try await withNotificationSink(signingKey: keys.merchantPrivate) { sink in
                await sink.deliver(HTTPNotificationSinkTests.notification(url: "http://127.0.0.1:\(port)\(Self.path)"))
            }
        }
        #expect(outcome.httpStatus == 401)
        #expect(!outcome.isAcknowledgement)
        guard case .rejected(let reason) = receiver.deliveries.first?.verdict else {
            Issue.record("expected a rejection, got \(receiver.deliveries)")
            return
        }
        #expect(reason.hasPrefix("signature does not match"))
    }

    @Test("over HTTP, a body over the limit is refused unread with 413")
    func oversizedBody() async throws {
        let keys = try WebhookKeys.load()
        let receiver = WebhookReceiver(apoPublicKey: keys.apoPublic)
        let router = Router()
        receiver.addRoutes(to: router)
        var notification = HTTPNotificationSinkTests.notification(url: "")
        notification.body = Data(repeating: UInt8(ascii: " "), count: WebhookReceiver.maximumBodyBytes + 1)
        let outcome = try await withLiveServer(router) { [notification] port in
            var notification = notification
            notification.url = "http://127.0.0.1:\(port)\(Self.path)"
            return try await withNotificationSink(signingKey: keys.apoPrivate) { sink in
                await sink.deliver(notification)
            }
        }
        #expect(outcome.httpStatus == 413)
        #expect(receiver.deliveries.map(\.verdict) == [.rejected(reason: "the body is over 1048576 bytes")])
    }
}
