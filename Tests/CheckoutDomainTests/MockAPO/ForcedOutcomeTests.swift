import Foundation
import Testing

@testable import CheckoutDomain

@Suite("MockAPO: forced outcomes and the activity log")
struct ForcedOutcomeTests {
    @Test("forced outcomes are consumed first in, first out, by the next payments")
    func fifo() async throws {
        let h = try Harness()
        await h.apo.force([.decline(paymentResultCode: "STOLEN_CARD"), .success, .riskReject])
        #expect(try await h.apo.pay(Harness.payRequest(id: "A")).code == "STOLEN_CARD")
        #expect(try await h.apo.pay(Harness.payRequest(id: "B", cardNo: Harness.visaDeclined)).result == .success)
        #expect(try await h.apo.pay(Harness.payRequest(id: "C")).code == "RISK_REJECT")
        #expect(try await h.apo.pay(Harness.payRequest(id: "D")).result == .success)
        #expect(await h.apo.pendingForcedOutcomes.isEmpty)
    }

    @Test("a refused request does not consume a forced outcome")
    func refusedDoesNotConsume() async throws {
        let h = try Harness()
        await h.apo.force([.decline(paymentResultCode: "DO_NOT_HONOR")])
        #expect(
            try await h.apo.pay(Harness.payRequest(id: "A", cardNo: Harness.realLookingCard)).code
                == "CARD_NOT_SUPPORTED")
        #expect(await h.apo.pendingForcedOutcomes.count == 1)
    }

    @Test(".challenge sends a card through 3DS even when it was not asked for")
    func forcedChallenge() async throws {
        let h = try Harness()
        await h.apo.force([.challenge])
        let page = try await h.openSession()
        let pending = try await h.payByCard(page)
        #expect(pending.code == "PAYMENT_IN_PROCESS")
        #expect(pending.normalUrl?.contains("3ds-challenge") == true)
        let done = try await h.apo.completeChallenge(paymentId: pending.paymentId ?? "", outcome: .pass)
        #expect(done.paymentResultInfo?.threeDSResult?.challenged == true)
    }

    @Test(".processingThenSuccess: PENDING and PAYMENT_PENDING, then SUCCESS and PAYMENT_RESULT once the clock passes")
    func processingThenSuccess() async throws {
        let h = try Harness()
        await h.apo.force([.processingThenSuccess(after: 300)])
        let page = try await h.openSession()
        let pending = try await h.payByCard(page)
        #expect(pending.result == .paymentInProcess)
        #expect(pending.normalUrl == nil)
        let paymentId = try #require(pending.paymentId)
        #expect(try await h.inquire(paymentId: paymentId).paymentStatus == "PENDING")
        let first = await h.apo.deliverDueNotifications()
        #expect(first.map(\.notifyType) == ["PAYMENT_PENDING"])
        #expect(h.merchant?.notifications.first?.result.resultStatus == .success)
        h.advance(minutes: 4)
        #expect(await h.apo.deliverDueNotifications().isEmpty)
        h.advance(minutes: 1)
        let second = await h.apo.deliverDueNotifications()
        #expect(second.map(\.notifyType) == ["PAYMENT_RESULT", "CAPTURE_RESULT"])
        let inquiry = try await h.inquire(paymentId: paymentId)
        #expect(inquiry.paymentStatus == "SUCCESS")
        #expect(inquiry.paymentTime == "2026-01-01T00:05:00+00:00")
    }

    @Test(".processingThenSuccess on a wallet: the wallet page first; after the buyer approves, PENDING, then SUCCESS")
    func processingThenSuccessAfterTheWallet() async throws {
        let h = try Harness()
        await h.apo.force([.processingThenSuccess(after: 120)])
        let page = try await h.openSession()
        let opened = try await h.submit(page, method: "GRABPAY_SG")
        #expect(opened.result == .paymentInProcess)
        #expect(opened.normalUrl != nil)
        let paymentId = try #require(opened.paymentId)
        #expect(try await h.inquire(paymentId: paymentId).paymentStatus == "PROCESSING")
        let approved = try await h.apo.completeRedirect(paymentId: paymentId, action: .approve)
        #expect(approved.result == .paymentInProcess)
        #expect(try await h.inquire(paymentId: paymentId).paymentStatus == "PENDING")
        #expect(await h.apo.deliverDueNotifications().map(\.notifyType) == ["PAYMENT_PENDING"])
        h.advance(minutes: 2)
        #expect(await h.apo.deliverDueNotifications().map(\.notifyType) == ["PAYMENT_RESULT"])
        #expect(try await h.inquire(paymentId: paymentId).paymentStatus == "SUCCESS")
    }

    @Test(".sessionTimeout: the next createPaymentSession throws timeout and creates nothing; a new id then works")
    func sessionTimeout() async throws {
        let h = try Harness()
        await h.apo.force([.success, .sessionTimeout])
        await #expect(throws: APOClientError.timeout(api: "createPaymentSession", seconds: 10)) {
            _ = try await h.apo.createPaymentSession(Harness.sessionRequest(id: "S-1"))
        }
        #expect(h.store.allRecords().filter { $0.kind == .session || $0.kind == .idempotency }.isEmpty)
        #expect(await h.apo.pendingForcedOutcomes == [.success], "payments' outcomes stay queued")
        let retried = try await h.apo.createPaymentSession(Harness.sessionRequest(id: "S-2"))
        #expect(retried.result == .success)
        let consumed = await h.apo.activity(after: 0).filter {
            $0.kind == .forcedOutcome && $0.message.hasPrefix("consumed")
        }
        #expect(consumed.map(\.name) == ["createPaymentSession"])
    }

    @Test("the activity log records calls, notification attempts, forced outcomes and skipped things, in order")
    func activityLog() async throws {
        let h = try Harness(sink: ScriptedNotificationSink(failures: 1))
        await h.apo.force([.decline(paymentResultCode: "DO_NOT_HONOR")])
        let page = try await h.openSession(Harness.sessionRequest(saved: ["GHOST"]))
        _ = try await h.payByCard(page)
        _ = try await h.inquire(paymentRequestId: "REQ-1")
        h.advance(minutes: 60)
        _ = await h.apo.deliverDueNotifications()
        h.advance(minutes: 2)
        _ = await h.apo.deliverDueNotifications()
        let log = await h.apo.activity(after: 0)
        #expect(log.map(\.index) == Array(1...log.count))
        let lines = log.map { "\($0.kind.rawValue) \($0.name)" }
        #expect(
            lines == [
                "forcedOutcome force",
                "apiCall createPaymentSession",
                "skipped loadSession",
                "pageCall loadSession",
                "forcedOutcome submitPayment",
                "notificationQueued PAYMENT_RESULT",
                "pageCall submitPayment",
                "apiCall inquiryPayment",
                "sessionExpired sessionExpired",
                "notificationAttempt PAYMENT_RESULT",
                "notificationAttempt PAYMENT_RESULT",
            ])
        try #require(log.count == 11)
        let create = log[1]
        #expect(create.paymentRequestId == "REQ-1")
        #expect(create.resultStatus == .success && create.resultCode == "SUCCESS")
        #expect(create.time == Harness.start)
        let submit = log[6]
        #expect(submit.resultStatus == .failure && submit.resultCode == "DO_NOT_HONOR")
        #expect(submit.paymentId != nil)
        let attempts = log.filter { $0.kind == .notificationAttempt }
        #expect(attempts.map(\.attempt) == [1, 2])
        #expect(attempts.map(\.acked) == [false, true])
        #expect(attempts.map(\.httpStatus) == [500, 200])
        #expect(await h.apo.activity(after: 9).map(\.index) == [10, 11])
        let stored = h.store.allRecords().compactMap { record -> Int? in
            if case .activity(let entry) = record { entry.index } else { nil }
        }
        #expect(stored.sorted() == log.filter { $0.kind != .apiCall || $0.name != "inquiryPayment" }.map(\.index),
            "the log is saved with the operations; a read's line stays in memory")
    }
}
