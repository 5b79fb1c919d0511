import AsyncHTTPClient
import CheckoutDomain
import CheckoutServices
import Foundation
import Hummingbird
import Synchronization
import Testing

/// Issue 13 item 3: `serve` posts notifications through per-endpoint queues, so a merchant endpoint that accepts
/// and never answers holds up only its own notifications.
@Suite(.timeLimit(.minutes(6))) struct NonBlockingDeliveryTests {
    @Test("forty notifications stuck at a hung endpoint do not delay a healthy endpoint's")
    func hungEndpointBesideHealthy() async throws {
        let fixture = try ClientFixture()
        let gate = Gate()
        let hung = Received()
        let healthy = Received()
        let hungRouter = Router()
        hungRouter.post("/hook") { _, _ -> Response in
            hung.arrived()
            await gate.wait()
            return Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(bytes: NotificationAck.body)))
        }
        try await withLiveServer(hungRouter) { hungPort in
            defer { gate.open() }
            let healthyRouter = Router()
            healthyRouter.post("/hook") { _, _ -> Response in
                healthy.arrived()
                return Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(bytes: NotificationAck.body)))
            }
            try await withLiveServer(healthyRouter) { healthyPort in
                // The hung attempts must not time out (and free their places) before the healthy endpoint is seen.
                try await withNotificationSink(signingKey: fixture.server.apoKey, timeout: .seconds(300)) { sink in
                    try await LoopbackServer.withMockAPO(fixture.server, timeScale: 1, merchant: sink) { address in
                        try await fixture.withHTTPClient { http in
                            let apo = HTTPAPOClient(configuration: fixture.configuration(port: address.port), httpClient: http)
                            for index in 1...20 {
                                var request = ServerFixture.payRequest(id: "H-\(index)")
                                request.paymentNotifyUrl = "http://127.0.0.1:\(hungPort)/hook"
                                #expect(try await apo.pay(request).result == .success)
                            }
                            var request = ServerFixture.payRequest(id: "OK-1")
                            request.paymentNotifyUrl = "http://127.0.0.1:\(healthyPort)/hook"
                            #expect(try await apo.pay(request).result == .success)

                            let listing = SimulatorNotificationsClient(baseURL: address.baseURL, httpClient: http)
                            try await Patience.waitUntil {
                                (try? await listing.list(paymentRequestId: "OK-1"))?.contains { $0.acked } == true
                            }
                            // The healthy endpoint's notifications (PAYMENT_RESULT, CAPTURE_RESULT) went out and were
                            // acknowledged while every one of the 40 to the hung endpoint was still waiting, eight of
                            // them in flight and the rest queued. (The eight posts may still be on their way to the hung
                            // endpoint when the healthy one has answered: waited for, then seen to stay eight.)
                            try await Patience.waitUntil { healthy.count == 2 }
                            try await Patience.waitUntil { hung.count >= 8 }
                            #expect(try await listing.list(paymentRequestId: nil).allSatisfy { $0.paymentRequestId == "OK-1" })
                            #expect(hung.count == 8)

                            gate.open()
                            try await Patience.waitUntil { hung.count == 40 }
                        }
                    }
                }
            }
        }
    }

}

/// Counts requests a test endpoint received.
private final class Received: Sendable {
    private let value = Mutex(0)
    func arrived() { value.withLock { $0 += 1 } }
    var count: Int { value.withLock { $0 } }
}

/// Holds every waiter until `open()`, then lets them (and later ones) through at once.
private final class Gate: Sendable {
    private let state = Mutex<(open: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let now = state.withLock { state -> Bool in
                if state.open { return true }
                state.waiters.append(continuation)
                return false
            }
            if now { continuation.resume() }
        }
    }

    func open() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.open = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }
}
