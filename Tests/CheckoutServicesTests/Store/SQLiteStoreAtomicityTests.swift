import CheckoutDomain
import CheckoutServices
import Foundation
import Testing

/// A save is all or nothing; a record holding a card number refuses the whole save.
@Suite("SQLite store: one transaction per save, and no card numbers")
struct SQLiteStoreAtomicityTests {
    @Test("a record refused in the middle of a save leaves nothing of that save")
    func refusedMidBatch() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let snapshot = try await SQLiteStoreRoundTripTests.recordsOfAFullFlow().loadAll()
        let store = try fixture.open()
        try store.save(snapshot.records)

        var session = try #require(snapshot.sessions.first)
        session.paymentSessionId = "SESSION-2"
        var payment = try #require(snapshot.payments.first)
        payment.status = .cancelled
        var leaked = try #require(snapshot.vaultTokens.first)
        leaked.cardToken = "TOKEN-2"
        leaked.card.maskedCardNo = APOBench.visaSuccess
        let batch: [APORecord] = [.session(session), .payment(payment), .vaultToken(leaked), .activity(
            APOActivity(index: 999, time: APOBench.start, kind: .skipped, name: "late", message: "after the refusal"))]

        let error = try #require(throws: StoreError.self) { try store.save(batch) }
        guard case .cardNumberInRecord(let reason) = error else {
            Issue.record("expected a card-number refusal, got \(error)")
            return
        }
        #expect(reason.contains("vaultToken TOKEN-2"))
        #expect(reason.contains("************0768"))
        #expect(!error.description.contains(APOBench.visaSuccess), "the refusal never shows the number")
        #expect(try store.loadAll() == snapshot, "the session and payment written before the refusal were rolled back")
        #expect(try fixture.open().loadAll() == snapshot)
    }

    @Test("a mock whose save is refused answers U UNKNOWN_EXCEPTION and the store keeps nothing of the call")
    func mockOnRefusal() async throws {
        let fixture = try StoreDirectoryFixture()
        defer { fixture.remove() }
        let bench = APOBench()
        let store = try fixture.open()
        let apo = try bench.apo(store: store, sink: MerchantWebhookReceiver())
        let session = try await apo.createPaymentSession(
            APOBench.sessionRequest(notifyUrl: "https://merchant.example/notify"))
        let before = try store.loadAll()
        // A buyer who types the card number into the name field: the mock keeps the holder name as typed, so the
        // submitted number would reach the disk. The guard refuses the whole save.
        let card = CardDetails(
            number: CardNumber(APOBench.visaSuccess), expiry: CardExpiry(month: 12, year: 2030), cvv: "123",
            holderName: APOBench.visaSuccess)
        let answer = try await apo.submitPayment(
            PaymentSubmission(
                paymentSessionId: try #require(session.paymentSessionId), paymentMethodType: "CARD", card: card))
        #expect(answer.result.resultStatus == .unknown)
        #expect(answer.result.resultCode == "UNKNOWN_EXCEPTION")
        #expect(try store.loadAll() == before, "nothing of the refused call was kept")
        let log = await apo.activity(after: 0).last
        #expect(log?.kind == .storeFailure)
        #expect(log?.message.contains("************0768") == true)
        #expect(log?.message.contains(APOBench.visaSuccess) == false)
    }
}
