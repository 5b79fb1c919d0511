import Foundation
import Testing

@testable import CheckoutDomain

/// Issue 16 item 5: what a long-running server holds per payment does not include the notifications it settled,
/// nor a copy of every notification its in-process merchant took in.
@Suite("MockAPO: settled notifications stay in the store, not in memory")
struct SettledNotificationMemoryTests {
    @Test("an acknowledged notification leaves memory; listing every notification reads it back, body included")
    func acknowledgedLeavesMemory() async throws {
        let h = try Harness()
        let page = try await h.openSession()
        _ = try await h.payByCard(page)
        let owed = await h.apo.pendingOutboxEntries()
        #expect(owed.map(\.notifyType) == ["PAYMENT_RESULT", "CAPTURE_RESULT"])

        let attempts = await h.apo.deliverDueNotifications()
        #expect(attempts.allSatisfy { $0.acked })
        #expect(await h.apo.pendingOutboxEntries().isEmpty)
        #expect(await h.apo.nextNotificationAttemptAt() == nil)

        let listed = try await h.outbox()
        #expect(listed.map(\.notifyType) == ["PAYMENT_RESULT", "CAPTURE_RESULT"])
        #expect(listed.allSatisfy { $0.status == .acked && $0.attempts.count == 1 })
        #expect(listed.map(\.body) == owed.map(\.body), "the store keeps the body memory let go of")
        #expect(h.merchant?.notifications.map(\.notification.body) == owed.map(\.bodyBytes))
    }

    @Test("a notification still owed stays in memory with its next attempt, and the store lists it as pending")
    func pendingStaysUntilAcknowledged() async throws {
        let refusing = ScriptedNotificationSink.always(.transportFailure("connection refused"))
        let h = try Harness(sink: refusing)
        _ = try await h.apo.pay(Harness.payRequest(id: "P-1", methodType: "GRABPAY_SG"))
        _ = try await h.apo.pay(Harness.payRequest(id: "P-2"))
        _ = await h.apo.deliverDueNotifications()
        let owed = await h.apo.pendingOutboxEntries()
        #expect(!owed.isEmpty)
        #expect(owed.allSatisfy { $0.attempts.count == 1 && $0.nextAttemptAt != nil })
        #expect(try await h.outbox().filter { $0.status == .pending }.map(\.id) == owed.map(\.id))
    }

    @Test("serve's merchant (keeping nothing) still answers every notification with the ack, and holds none of them")
    func merchantKeepingNothing() async throws {
        let forgetful = MerchantWebhookReceiver(keeping: .nothing)
        let h = try Harness(sink: forgetful)
        let page = try await h.openSession()
        _ = try await h.payByCard(page)
        let attempts = await h.apo.deliverDueNotifications()
        #expect(attempts.count == 2)
        #expect(attempts.allSatisfy { $0.acked })
        #expect(forgetful.notifications.isEmpty)

        let keeping = try Harness()
        _ = try await keeping.payByCard(try await keeping.openSession())
        _ = await keeping.apo.deliverDueNotifications()
        #expect(keeping.merchant?.notifications.count == 2, "the TUI's merchant keeps what it took in")
    }
}
