import Foundation
import Testing

@testable import CheckoutDomain

/// A mock APO on a manual clock, sequential ids and an in-memory store, with an in-process merchant.
struct Harness {
    static let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z
    static let notifyUrl = "https://merchant.example/payments/notify"
    static let redirectUrl = "https://merchant.example/result"

    static let visaSuccess = "4054695723100768"
    static let mastercardSuccess = "5162774114974622"
    static let visaDeclined = "4054692760174822"
    static let mastercardDeclined = "5162770472561357"
    static let frictionless = "4035501000000008"
    /// Luhn-valid, not in the sandbox table.
    static let realLookingCard = "4111111111111111"

    let clock: ManualClock
    let store: InMemoryAPOStore
    let sink: any NotificationSink
    let apo: MockAPO
    let cards: SandboxTestCards

    init(
        sink: (any NotificationSink)? = nil, store: InMemoryAPOStore = InMemoryAPOStore(), clock: ManualClock? = nil,
        config: MockAPOConfig = MockAPOConfig(baseURL: "http://127.0.0.1:8480", clientId: "SANDBOX_TEST", region: "SG")
    ) throws {
        let clock = clock ?? ManualClock(Self.start)
        self.clock = clock
        self.store = store
        let sink = sink ?? MerchantWebhookReceiver()
        self.sink = sink
        self.cards = try SandboxTestCards.bundled()
        self.apo = try MockAPO.bundled(
            clock: clock, ids: SequentialIDGenerator(), store: store, sink: sink, config: config)
    }

    var merchant: MerchantWebhookReceiver? { sink as? MerchantWebhookReceiver }

    func advance(minutes: Double) { clock.advance(by: minutes * 60) }

    // MARK: Requests

    static func sessionRequest(
        id: String = "REQ-1", currency: String = "SGD", value: String = "6000",
        buyer: Buyer? = Buyer(referenceBuyerId: "buyer-88"), notifyUrl: String? = Harness.notifyUrl,
        metadata: PaymentMethodMetaData? = nil, captureMode: String? = nil, terminalType: String? = nil,
        methods: [PaymentMethodType]? = nil, saved: [String]? = nil, expiry: String? = nil, description: String = "order"
    ) -> CreatePaymentSessionRequest {
        let amount = Amount(currency: currency, value: value)
        return CreatePaymentSessionRequest(
            productCode: "CASHIER_PAYMENT", productScene: "CHECKOUT_PAYMENT", paymentRequestId: id,
            order: Order(
                referenceOrderId: "ORDER-\(id)", orderDescription: description, orderAmount: amount, buyer: buyer),
            paymentAmount: amount,
            availablePaymentMethod: (metadata != nil || methods != nil)
                ? AvailablePaymentMethod(
                    paymentMethodTypeList: methods?.map { PaymentMethodTypeItem(paymentMethodType: $0) },
                    paymentMethodMetaData: metadata)
                : nil,
            savedPaymentMethods: saved?.map { PaymentMethod(paymentMethodType: "CARD", paymentMethodId: $0) },
            paymentFactor: captureMode.map { PaymentFactor(captureMode: $0) },
            paymentRedirectUrl: Harness.redirectUrl, paymentNotifyUrl: notifyUrl, paymentSessionExpiryTime: expiry,
            env: terminalType.map { Env(terminalType: $0) })
    }

    static func card(
        _ number: String, month: Int = 12, year: Int = 2030, cvv: String = "123", holder: String = "Lady Gaga"
    ) -> CardDetails {
        CardDetails(
            number: CardNumber(number), expiry: CardExpiry(month: month, year: year), cvv: cvv, holderName: holder)
    }

    static func payRequest(
        id: String = "PAY-1", currency: String = "SGD", value: String = "6000", methodType: PaymentMethodType = .card,
        cardNo: String? = Harness.visaSuccess, cvv: String? = "123", expiryMonth: String = "12",
        expiryYear: String = "30", token: String? = nil, tokenize: Bool = false, threeDS: Bool = false,
        captureMode: String? = nil, notifyUrl: String? = Harness.notifyUrl, terminalType: String = "WEB",
        buyer: Buyer? = Buyer(referenceBuyerId: "buyer-88"), extra: [String: JSONValue] = [:]
    ) -> PayRequest {
        var metadata: [String: JSONValue] = extra
        let card = methodType == "CARD"
        if card && token == nil, let cardNo {
            metadata["cardNo"] = .string(cardNo)
            metadata["expiryMonth"] = .string(expiryMonth)
            metadata["expiryYear"] = .string(expiryYear)
            metadata["cardholderName"] = .object(["firstName": .string("Lady"), "lastName": .string("Gaga")])
        }
        if card, let cvv, token != nil || cardNo != nil { metadata["cvv"] = .string(cvv) }
        if tokenize { metadata["tokenizeMode"] = .string("ENABLED") }
        if threeDS { metadata["is3DSAuthentication"] = .string("true") }
        let amount = Amount(currency: currency, value: value)
        return PayRequest(
            productCode: "CASHIER_PAYMENT", paymentRequestId: id,
            order: Order(
                referenceOrderId: "ORDER-\(id)", orderDescription: "order", orderAmount: amount, buyer: buyer),
            paymentAmount: amount,
            paymentMethod: PaymentMethod(
                paymentMethodType: methodType, paymentMethodId: token,
                paymentMethodMetaData: metadata.isEmpty ? nil : metadata),
            paymentRedirectUrl: Harness.redirectUrl, paymentNotifyUrl: notifyUrl,
            // Seeds 001 and 002: cards are authorised, then captured.
            paymentFactor: captureMode != nil || card
                ? PaymentFactor(captureMode: captureMode, isAuthorization: card ? true : nil) : nil,
            env: Env(terminalType: terminalType, clientIp: "203.0.113.7"))
    }

    // MARK: Flows

    /// Creates a session and loads it; fails the test when either does not succeed.
    func openSession(_ request: CreatePaymentSessionRequest = Harness.sessionRequest()) async throws -> PageSession {
        let created = try await apo.createPaymentSession(request)
        #expect(created.result == .success, "createPaymentSession: \(created.result)")
        let data = try #require(created.paymentSessionData)
        guard case .ready(let page) = try await apo.loadSession(sessionData: data) else {
            Issue.record("the new session did not load")
            throw HarnessError.sessionNotReady
        }
        return page
    }

    func payByCard(
        _ page: PageSession, _ number: String = Harness.visaSuccess, month: Int = 12, cvv: String = "123",
        saveCard: Bool = false
    ) async throws -> PayResponse {
        try await apo.submitPayment(
            PaymentSubmission(
                paymentSessionId: page.paymentSessionId, paymentMethodType: "CARD",
                card: Harness.card(number, month: month, cvv: cvv), saveCard: saveCard))
    }

    func submit(_ page: PageSession, method: PaymentMethodType, email: String? = nil, cpf: String? = nil) async throws
        -> PayResponse
    {
        try await apo.submitPayment(
            PaymentSubmission(
                paymentSessionId: page.paymentSessionId, paymentMethodType: method, payerEmail: email, cpf: cpf))
    }

    func inquire(paymentId: String? = nil, paymentRequestId: String? = nil) async throws -> InquiryPaymentResponse {
        try await apo.inquiryPayment(InquiryPaymentRequest(paymentRequestId: paymentRequestId, paymentId: paymentId))
    }

    /// Every stored record as JSON text.
    func storedText() -> String {
        store.allRecords().map { String(decoding: $0.encoded(), as: UTF8.self) }.joined(separator: "\n")
    }

    func outbox() async throws -> [OutboxEntry] { try await apo.outboxEntries() }
}

enum HarnessError: Error { case sessionNotReady }

extension PayResponse {
    var code: ResultCode { result.resultCode }
    var status: ResultStatus { result.resultStatus }
}

/// A store that refuses to save while `failing` is set, and to read a payment back while `failingReads` is.
final class FlakyStore: APOStore, @unchecked Sendable {
    let inner = InMemoryAPOStore()
    private let lock = NSLock()
    private var _failing = false
    private var _failingReads = false
    var failing: Bool {
        get { lock.withLock { _failing } }
        set { lock.withLock { _failing = newValue } }
    }
    var failingReads: Bool {
        get { lock.withLock { _failingReads } }
        set { lock.withLock { _failingReads = newValue } }
    }

    func loadAll() throws(StoreError) -> APOSnapshot { try inner.loadAll() }

    func save(_ changes: [APORecord], guarding submittedCards: [CardNumber]) throws(StoreError) {
        if failing { throw .writeFailed("disk full (test)") }
        try inner.save(changes, guarding: submittedCards)
    }

    func removeAll() throws(StoreError) {
        if failing { throw .writeFailed("disk full (test)") }
        try inner.removeAll()
    }

    /// A full disk still reads.
    func idempotencyRecord(api: String, requestId: String) throws(StoreError) -> IdempotencyRecord? {
        try inner.idempotencyRecord(api: api, requestId: requestId)
    }

    func payment(paymentId: String) throws(StoreError) -> PaymentRecord? {
        if failingReads { throw .unavailable("disk unreadable (test)") }
        return try inner.payment(paymentId: paymentId)
    }
}
