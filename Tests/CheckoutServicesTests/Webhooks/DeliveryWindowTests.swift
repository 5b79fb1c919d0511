import CheckoutDomain
import Foundation
import Testing

@testable import CheckoutServices

/// A backlog of notifications waits in the mock's outbox, not in the scheduler: the pump claims only what the
/// scheduler has room for, and the scheduler rings for more as it empties, so a backlog still drains at once.
@Suite struct DeliveryWindowTests {
    @Test("a limited claim takes the oldest attempts due; the rest stay to be claimed next, in order")
    func limitedClaim() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let apo = try APOBench().apo(store: try fixture.open(), sink: ScriptedNotificationSink(failures: 0))
        try await APOBench.pay(4, on: apo, urls: [BatchedDeliveryRecordingTests.notifyUrl])
        let first = await apo.takeDueNotifications(limit: 3)
        let rest = await apo.takeDueNotifications()
        #expect(first.count == 3)
        #expect(rest.count == 5)
        let sequence = (first + rest).map(\.paymentRequestId)
        #expect(sequence == ["PAY-1", "PAY-1", "PAY-2", "PAY-2", "PAY-3", "PAY-3", "PAY-4", "PAY-4"])
        #expect(await apo.takeDueNotifications().isEmpty, "claimed once")
    }

    @Test("a backlog ten times the scheduler's window is delivered without waiting for the pump's next tick")
    func backlogDrainsThroughTheWindow() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let merchant = ScriptedNotificationSink(failures: 0)
        let apo = try APOBench().apo(store: try fixture.open(), sink: merchant)
        let doorbell = Doorbell()
        let scheduler = DeliveryScheduler(sink: merchant, perEndpoint: 1, total: 2, doorbell: doorbell)
        let payments = scheduler.window * 5
        try await APOBench.pay(payments, on: apo, urls: [BatchedDeliveryRecordingTests.notifyUrl])
        // An hour between ticks: only the scheduler's own rings can bring the rest.
        let pump = NotificationPump(
            mocks: MerchantMocks([("c", apo)]), interval: .seconds(3600), doorbell: doorbell, scheduler: scheduler)
        let running = Task { await pump.run() }
        defer { running.cancel() }
        doorbell.ring()
        try await Patience.waitUntil { merchant.delivered.count == 2 * payments }
        try await Patience.waitUntil { await scheduler.backlog == 0 }
        #expect(merchant.delivered.map(\.paymentRequestId) == (1...payments).flatMap { ["PAY-\($0)", "PAY-\($0)"] })
        #expect(await apo.takeDueNotifications().isEmpty)
    }
}
