import Foundation
import Synchronization
import Testing

@testable import CheckoutDomain

/// A merchant that acknowledges after a short wait and remembers how many posts it held at once.
private final class SlowMerchant: NotificationSink {
    let concurrentDeliveries: Int
    private let counts = Mutex((inFlight: 0, peak: 0, order: [String]()))

    init(concurrentDeliveries: Int) { self.concurrentDeliveries = concurrentDeliveries }

    var peak: Int { counts.withLock { $0.peak } }

    func deliver(_ notification: OutboundNotification) async -> DeliveryOutcome {
        counts.withLock {
            $0.inFlight += 1
            $0.peak = max($0.peak, $0.inFlight)
        }
        try? await Task.sleep(for: .milliseconds(20))
        counts.withLock { $0.inFlight -= 1 }
        return .acknowledged
    }
}

@Suite("MockAPO: a notification backlog goes out in parallel")
struct ConcurrentDeliveryTests {
    @Test("an HTTP-like sink gets up to its width at once; attempts are recorded in creation order", arguments: [1, 4])
    func backlog(width: Int) async throws {
        let merchant = SlowMerchant(concurrentDeliveries: width)
        let h = try Harness(sink: merchant)
        for number in 1...8 {
            let paid = try await h.apo.pay(Harness.payRequest(id: "PAY-\(number)"))
            #expect(paid.result == .success)
        }
        let attempts = await h.apo.deliverDueNotifications()
        // A captured card payment queues PAYMENT_RESULT, then CAPTURE_RESULT.
        #expect(attempts.map(\.paymentRequestId) == (1...8).flatMap { ["PAY-\($0)", "PAY-\($0)"] })
        #expect(attempts.map(\.notifyType) == Array(repeating: ["PAYMENT_RESULT", "CAPTURE_RESULT"], count: 8).flatMap { $0 })
        #expect(attempts.allSatisfy { $0.acked })
        #expect(merchant.peak == width)
    }
}

@Suite("MockAPO: a cancelled delivery round stops between batches")
struct CancelledDeliveryTests {
    @Test("after cancellation no further batch is posted, and the rest stays pending for the next round")
    func cancelled() async throws {
        let merchant = SlowMerchant(concurrentDeliveries: 1)
        let h = try Harness(sink: merchant)
        for number in 1...4 {
            #expect(try await h.apo.pay(Harness.payRequest(id: "PAY-\(number)")).result == .success)
        }
        let round = Task { await h.apo.deliverDueNotifications() }
        round.cancel()
        let first = await round.value
        #expect(first.count < 8, "a cancelled round stops early (made \(first.count) of 8)")
        let rest = await h.apo.deliverDueNotifications()
        #expect(first.count + rest.count == 8)
        #expect(Set((first + rest).map(\.notificationId)).count == 8)
    }
}
