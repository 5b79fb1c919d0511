import Foundation
import Testing

@testable import CheckoutDomain

@Suite("MockAPO: the store seam")
struct StoreTests {
    @Test("SHA-256 matches the FIPS 180-4 test vectors")
    func sha256() {
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256.hex(Data(repeating: 0x61, count: 1000))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test("each operation saves once, before it answers")
    func oneSavePerOperation() async throws {
        let h = try Harness()
        #expect(h.store.saveCount == 0)
        _ = try await h.apo.createPaymentSession(Harness.sessionRequest())
        #expect(h.store.saveCount == 1)
        _ = try await h.apo.pay(Harness.payRequest())
        #expect(h.store.saveCount == 2)
        #expect(h.store.allRecords().contains { $0.kind == .payment })
    }

    @Test(
        "a call saves each record's last version once, where it was first named; timeline lines all kept",
        arguments: [3, MockAPO.latestPerKeyWalkLimit + 5])
    func latestPerKey(distinct: Int) {
        func idempotency(_ id: Int, version: String) -> APORecord {
            .idempotency(
                IdempotencyRecord(
                    api: "pay", requestId: "R-\(id)", requestDigest: nil, canonicalRequest: nil, response: version,
                    createdAt: Harness.start))
        }
        func line(_ index: Int) -> APORecord {
            .activity(APOActivity(index: index, time: Harness.start, kind: .apiCall, name: "pay", message: "line"))
        }
        // Every record named twice, a line between the two; "R-1" as a vault token too, a different record.
        var pending: [APORecord] = []
        for id in 1...distinct { pending += [idempotency(id, version: "first"), line(id)] }
        let card = MaskedCard(
            maskedCardNo: "411111******1111", maskedBin: "411111", brand: "VISA", lastFour: "1111", expiryMonth: "12",
            expiryYear: "30", profileKey: nil, holderName: nil, issuingCountry: nil, funding: nil)
        pending.append(.vaultToken(VaultTokenRecord(cardToken: "pay:R-1", card: card, createdAt: Harness.start, paymentId: "P-1")))
        for id in (1...distinct).reversed() { pending += [idempotency(id, version: "second"), line(distinct + id)] }

        let saved = MockAPO.latestPerKey(pending)
        let expected =
            (1...distinct).flatMap { [idempotency($0, version: "second"), line($0)] } + [pending[2 * distinct]]
            + (1...distinct).reversed().map { line(distinct + $0) }
        #expect(saved == expected)
    }

    @Test("a restarted mock on the same store answers for everything acknowledged before")
    func restart() async throws {
        let store = InMemoryAPOStore()
        let clock = ManualClock(Harness.start)
        let h = try Harness(store: store, clock: clock)
        let page = try await h.openSession(
            Harness.sessionRequest(metadata: PaymentMethodMetaData(tokenizeMode: "ASKFORCONSENT")))
        let paid = try await h.payByCard(page, saveCard: true)
        let token = try #require(paid.paymentResultInfo?.cardToken)
        let pending = try await h.apo.pay(Harness.payRequest(id: "P-2", methodType: "GRABPAY_SG"))

        let restarted = try MockAPO.bundled(
            clock: clock, ids: SequentialIDGenerator(prefix: "20260102"), store: store, sink: MerchantWebhookReceiver(),
            config: MockAPOConfig(clientId: "SANDBOX_TEST"))
        let inquiry = try await restarted.inquiryPayment(InquiryPaymentRequest(paymentRequestId: "REQ-1"))
        #expect(inquiry.paymentStatus == "SUCCESS")
        #expect(inquiry.paymentResultInfo?.cardToken == token)
        #expect(await restarted.vaultToken(token) != nil)
        let replay = try await restarted.pay(Harness.payRequest(id: "P-2", methodType: "GRABPAY_SG"))
        #expect(replay.paymentId == pending.paymentId)
        #expect(try await restarted.outboxEntries().count == 2)
        let before = await h.apo.activity(after: 0)
        let after = await restarted.activity(after: 0)
        #expect(after.count == before.count + 2, "the log goes on from where it was: inquiry and pay added")
        #expect(Array(after.prefix(before.count)) == before)
        guard case .ready = try await restarted.loadSession(sessionData: page.paymentSessionData) else {
            Issue.record("the session must survive the restart")
            return
        }
    }

    @Test("when the store refuses, nothing changes and the answer is U UNKNOWN_EXCEPTION")
    func storeFailureRollsBack() async throws {
        let store = FlakyStore()
        let apo = try MockAPO.bundled(
            clock: ManualClock(Harness.start), ids: SequentialIDGenerator(), store: store,
            sink: MerchantWebhookReceiver())
        store.failing = true
        let response = try await apo.pay(Harness.payRequest())
        #expect(
            response.result
                == APOResult(
                    resultCode: "UNKNOWN_EXCEPTION", resultStatus: .unknown, resultMessage: "unknown exception"))
        #expect(await apo.payment(paymentRequestId: "PAY-1") == nil)
        #expect(await apo.activity(after: 0).last?.kind == .storeFailure)
        store.failing = false
        let retried = try await apo.pay(Harness.payRequest())
        #expect(retried.result == .success)
        #expect(store.inner.allRecords().filter { $0.kind == .payment }.count == 1)
    }

    @Test("a repeated request is answered with the first answer as the store holds it, read back on the repeat")
    func replayReadsTheStore() async throws {
        let store = ForgetfulStore()
        let apo = try MockAPO.bundled(
            clock: ManualClock(Harness.start), ids: SequentialIDGenerator(), store: store,
            sink: MerchantWebhookReceiver())
        let first = try await apo.createPaymentSession(Harness.sessionRequest())
        #expect(try await apo.createPaymentSession(Harness.sessionRequest()) == first)
        #expect(store.reads == 1, "the mock keeps the digest in memory and reads the answer back")

        store.unreadable = true
        let unread = try await apo.createPaymentSession(Harness.sessionRequest())
        #expect(unread.result == MockAPO.unknownException)
        #expect(await apo.activity(after: 0).contains { $0.kind == .storeFailure })
        // A session's digest is made from its record's request on a repeat, which needs the first answer's session id.
        let unknown = try await apo.createPaymentSession(Harness.sessionRequest(value: "7000"))
        #expect(unknown.result == MockAPO.unknownException)
        let paid = try await apo.pay(Harness.payRequest())
        let otherPay = try await apo.pay(Harness.payRequest(cvv: "456"))
        #expect(otherPay.result.resultCode == "REPEAT_REQ_INCONSISTENT", "a pay conflict needs no read: digests differ")
        store.unreadable = false
        #expect(try await apo.createPaymentSession(Harness.sessionRequest()) == first)
        let other = try await apo.createPaymentSession(Harness.sessionRequest(value: "7000"))
        #expect(other.result.resultCode == "REPEAT_REQ_INCONSISTENT")
        #expect(try await apo.pay(Harness.payRequest()).paymentId == paid.paymentId)
    }

    @Test("a new session's and payment's answers are encoded once: the bytes kept for repeats are the bytes sent")
    func answersEncodedOnce() async throws {
        let h = try Harness()
        let session = try await h.apo.createPaymentSessionAnswer(Harness.sessionRequest())
        let paid = try await h.apo.payAnswer(Harness.payRequest())
        let storedSession = try #require(try h.store.idempotencyRecord(api: "createPaymentSession", requestId: "REQ-1"))
        let storedPay = try #require(try h.store.idempotencyRecord(api: "pay", requestId: "PAY-1"))
        #expect(session.body == Data(storedSession.response.utf8))
        #expect(session.body == WireCoding.encode(session.response))
        #expect(paid.body == Data(storedPay.response.utf8))
        #expect(paid.body == WireCoding.encode(paid.response))
        #expect(try await h.apo.payAnswer(Harness.payRequest()).body == paid.body, "a repeat sends the same bytes")
        #expect(try await h.apo.createPaymentSessionAnswer(Harness.sessionRequest()).body == session.body)
    }

    @Test("a deadline reached while the store refuses is applied by the first call after it recovers")
    func refusedSaveKeepsDeadlines() async throws {
        let store = FlakyStore()
        let clock = ManualClock(Harness.start)
        let apo = try MockAPO.bundled(
            clock: clock, ids: SequentialIDGenerator(), store: store, sink: MerchantWebhookReceiver())
        let created = try await apo.createPaymentSession(Harness.sessionRequest(expiry: "2026-01-01T00:10:00Z"))
        #expect(created.result == .success)
        clock.advance(by: 11 * 60)
        store.failing = true
        #expect(await apo.settle().map(\.kind) == [.storeFailure])
        store.failing = false
        #expect(await apo.settle().map(\.kind) == [.sessionExpired])
        #expect(await apo.settle().isEmpty)
    }

    @Test("records round-trip through their JSON, as a SQLite store would keep them")
    func recordsRoundTrip() async throws {
        let h = try Harness()
        let page = try await h.openSession(
            Harness.sessionRequest(metadata: PaymentMethodMetaData(tokenizeMode: "ASKFORCONSENT")))
        _ = try await h.payByCard(page, saveCard: true)
        _ = await h.apo.deliverDueNotifications()
        let records = h.store.allRecords()
        #expect(Set(records.map(\.kind)) == Set(APORecordKind.allCases))
        for record in records {
            let decoded = try APORecord.decode(kind: record.kind, json: record.encoded())
            #expect(decoded == record)
            #expect(decoded.key == record.key)
        }
        let snapshot = try h.store.loadAll()
        let copy = try JSONDecoder().decode(APOSnapshot.self, from: JSONEncoder().encode(snapshot))
        #expect(copy == snapshot)
        #expect(APOSnapshot(records: snapshot.records) == snapshot)
        #expect(throws: StoreError.self) { try APORecord.decode(kind: .payment, json: Data("{}".utf8)) }
    }
}

/// An in-memory store whose idempotency reads can be made to fail, and that counts them.
private final class ForgetfulStore: APOStore, @unchecked Sendable {
    private let inner = InMemoryAPOStore()
    private let lock = NSLock()
    private var _unreadable = false
    private var _reads = 0
    var unreadable: Bool {
        get { lock.withLock { _unreadable } }
        set { lock.withLock { _unreadable = newValue } }
    }
    var reads: Int { lock.withLock { _reads } }

    func loadAll() throws(StoreError) -> APOSnapshot { try inner.loadAll() }

    func save(_ changes: [APORecord], guarding submittedCards: [CardNumber]) throws(StoreError) {
        try inner.save(changes, guarding: submittedCards)
    }

    func removeAll() throws(StoreError) { try inner.removeAll() }

    func idempotencyRecord(api: String, requestId: String) throws(StoreError) -> IdempotencyRecord? {
        let failing = lock.withLock {
            _reads += 1
            return _unreadable
        }
        if failing { throw .unavailable("the disk cannot be read (test)") }
        return try inner.idempotencyRecord(api: api, requestId: requestId)
    }
}
