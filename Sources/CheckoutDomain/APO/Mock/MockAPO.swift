import Foundation

/// The in-process, deterministic Antom gateway: the merchant's seven APIs (`APOClient`), the Checkout Page's calls
/// (`CheckoutPageService`), notifications with Antom's retry schedule, and the levers QA needs (forced outcomes,
/// time travel through the clock, an activity log).
///
/// Time comes only from `clock`; nothing runs by itself. Timeouts, delayed results and session expiry are settled
/// lazily at the start of every call, in `settle()` and in `deliverDueNotifications()`. Every call saves what it
/// changed to `store` in one `save` before it answers.
public actor MockAPO: APOClient, CheckoutPageService {
    let clock: any WallClock
    let ids: any IDGenerator
    let store: any APOStore
    let catalog: PaymentMethodCatalog
    let currencies: CurrencyTable
    let testCards: SandboxTestCards
    let sink: any NotificationSink
    let config: MockAPOConfig
    /// Derived from the client id once: every final answer and notification names it.
    let acquirerMerchantId: String
    let validator: SessionRequestValidator
    let payValidator: PayRequestValidator

    var state: MockState
    /// Records changed by the operation in progress, saved together when it ends.
    var pending: [APORecord] = []
    /// How to undo the operation in progress, should its save be refused.
    var undoLog: [MockChange] = []
    /// Outcomes imposed on the next payments / sessions, oldest first. Not persisted.
    var forcedOutcomes: [ForcedOutcome] = []
    /// Outcomes imposed on the payments (or session) of one paymentRequestId, oldest first; they go before
    /// `forcedOutcomes`. Not persisted.
    var targetedOutcomes: [String: [ForcedOutcome]] = [:]
    /// Notifications being delivered right now, so two deliveries never post the same attempt.
    var inFlight: Set<String> = []
    /// The inquiryPayment answers a server sent, with what each was rendered from.
    var inquiryAnswers = InquiryAnswers()
    /// Where the mock's calls run, one at a time.
    public nonisolated let unownedExecutor: UnownedSerialExecutor
    /// The queue of a mock given no executor, kept alive with it.
    private nonisolated let ownQueue: DispatchQueueExecutor?

    public init(
        clock: any WallClock,
        ids: any IDGenerator,
        store: any APOStore,
        catalog: PaymentMethodCatalog,
        currencies: CurrencyTable,
        testCards: SandboxTestCards,
        sink: any NotificationSink,
        config: MockAPOConfig = MockAPOConfig(),
        executor: UnownedSerialExecutor? = nil
    ) throws(StoreError) {
        if let executor {
            unownedExecutor = executor
            ownQueue = nil
        } else {
            let queue = DispatchQueueExecutor(label: "MockAPO")
            unownedExecutor = queue.asUnownedSerialExecutor()
            ownQueue = queue
        }
        self.clock = clock
        self.ids = ids
        self.store = store
        self.catalog = catalog
        self.currencies = currencies
        self.testCards = testCards
        self.sink = sink
        self.config = config
        self.acquirerMerchantId = Self.acquirerMerchantId(clientId: config.clientId)
        self.validator = SessionRequestValidator(currencies: currencies)
        self.payValidator = PayRequestValidator(currencies: currencies)
        var intake = MockStateIntake(paymentsKeptInMemory: config.paymentsKeptInMemory)
        try store.forEachResumedRecord(newestActivity: MockState.activityKeptInMemory) { intake.take($0) }
        self.state = intake.finish()
    }

    /// A mock with the bundled catalog, currencies and test cards.
    public static func bundled(
        clock: any WallClock, ids: any IDGenerator, store: any APOStore, sink: any NotificationSink,
        config: MockAPOConfig = MockAPOConfig(), executor: UnownedSerialExecutor? = nil
    ) throws(MockAPOSetupError) -> MockAPO {
        let catalog: PaymentMethodCatalog
        let currencies: CurrencyTable
        let cards: SandboxTestCards
        do {
            catalog = try .bundled()
            currencies = try .bundled()
            cards = try .bundled()
        } catch {
            throw .catalog(error)
        }
        do {
            return try MockAPO(
                clock: clock, ids: ids, store: store, catalog: catalog, currencies: currencies, testCards: cards,
                sink: sink, config: config, executor: executor)
        } catch {
            throw .store(error)
        }
    }

    // MARK: - Timeline, forced outcomes, time travel

    /// Activity entries with an index greater than `index` (`activity(after: 0)` gives them all), oldest first.
    public func activity(after index: Int) -> [APOActivity] {
        Array(state.activity(after: index))
    }

    /// Applies everything the clock has passed: closes timed-out payments (ORDER_IS_CLOSED), completes delayed
    /// results, marks expired sessions. Returns the activity it produced. Call it after moving the clock.
    @discardableResult
    public func settle() -> [APOActivity] {
        let before = state.activity.last?.index ?? 0
        _ = transact(onStoreFailure: { _ in () }) { now in
            settle(now: now)
            return .success(())
        }
        return activity(after: before)
    }

    // MARK: - Read access for the TUI and the server

    /// The payment, read back from the store if only its id stays in memory; nil, with a timeline line, when the
    /// store cannot read it.
    public func payment(paymentId: String) -> PaymentRecord? {
        do {
            try restore([paymentId])
        } catch {
            noteStoreFailure(error, at: clock.now(), "payment \(paymentId) could not be read back")
        }
        return state.payments[paymentId]
    }

    /// The latest payment of a paymentRequestId.
    public func payment(paymentRequestId: String) -> PaymentRecord? {
        state.paymentIdsByRequestId[paymentRequestId]?.last.flatMap { payment(paymentId: $0) }
    }

    public func session(paymentSessionId: String) -> SessionRecord? { state.sessions[paymentSessionId] }

    /// Every notification, in creation order, read from the store: only pending ones stay in memory.
    public func outboxEntries() throws(StoreError) -> [OutboxEntry] {
        try store.records(of: .outbox).compactMap { record in
            guard case .outbox(let entry) = record else { return nil }
            return entry
        }.sorted { $0.sequence < $1.sequence }
    }

    /// The notifications that may still be attempted (those in flight included), in creation order.
    public func pendingOutboxEntries() -> [OutboxEntry] {
        state.pendingOutbox.values.sorted { $0.sequence < $1.sequence }
    }

    public func vaultToken(_ cardToken: String) -> VaultTokenRecord? { state.vault[cardToken] }

    // MARK: - Operations

    /// Runs one operation: `body` mutates `state` through the `put…` helpers, then everything it changed is saved
    /// in one `save`, guarded against the card numbers the operation received (`submittedCards`). When the store
    /// refuses, the state is rolled back and the caller answers U UNKNOWN_EXCEPTION.
    ///
    /// The payments `restoring` names are read back from the store first if only their ids stay in memory; when
    /// that read fails, nothing runs and the caller answers U UNKNOWN_EXCEPTION. Settled payments beyond
    /// `paymentsKeptInMemory` leave memory once the operation is saved.
    func transact<R>(
        guarding submittedCards: [CardNumber] = [], restoring paymentIds: [String?] = [],
        onStoreFailure: (APOResult) -> R, _ body: (Date) -> Result<R, APOClientError>
    ) -> Result<R, APOClientError> {
        pending = []
        undoLog = []
        let now = clock.now()
        defer { state.evictSettledPayments(beyond: config.paymentsKeptInMemory) }
        do {
            try restore(paymentIds)
        } catch {
            noteStoreFailure(error, at: now, "a payment the call names could not be read back")
            return .success(onStoreFailure(Self.unknownException))
        }
        let result = body(now)
        let undo = undoLog
        undoLog = []
        guard !pending.isEmpty else { return result }
        let changes = Self.latestPerKey(pending)
        pending = []
        do {
            try store.save(changes, guarding: submittedCards)
        } catch {
            for change in undo.reversed() { state.revert(change) }
            noteStoreFailure(error, at: now, "the operation was rolled back")
            if case .failure = result { return result }
            return .success(onStoreFailure(Self.unknownException))
        }
        return result
    }

    /// Reads back from the store the payments among `paymentIds` that only it holds.
    func restore(_ paymentIds: [String?]) throws(StoreError) {
        for case let id? in paymentIds where state.payments.isStoredOnly(id) {
            guard let record = try store.payment(paymentId: id) else {
                throw .corrupt("payment \(id) is missing from the store")
            }
            state.restore(record)
        }
    }

    /// A timeline line (not persisted: the store just failed) for a save or read the store refused.
    func noteStoreFailure(_ error: StoreError, at now: Date, _ consequence: String) {
        appendActivity(
            APOActivity(
                index: nextActivityIndex, time: now, kind: .storeFailure, name: "store", resultStatus: .unknown,
                resultCode: ResultCode.unknownException, message: "\(error.description); \(consequence)"),
            persist: false)
    }

    static let unknownException = APOResult(
        resultCode: ResultCode.unknownException, resultStatus: .unknown, resultMessage: "unknown exception")

    /// The last version of each record `records` names, in the order each was first named.
    ///
    /// A call saves a handful of records, most of them timeline lines, so the others are matched by a walk over
    /// those kept so far: hashing each key into a table cost more than comparing it with the few before it. A
    /// call that saves many (a clock moved past a thousand deadlines) switches to the table.
    static func latestPerKey(_ records: [APORecord]) -> [APORecord] {
        guard records.count > 1 else { return records }
        struct Key: Hashable {
            var kind: APORecordKind
            var key: String
        }
        var out: [APORecord] = []
        out.reserveCapacity(records.count)
        var kept: [(key: Key, at: Int)] = []
        var table: [Key: Int]?
        for record in records {
            // A timeline line is saved once, under the next index: nothing replaces it.
            if case .activity = record {
                out.append(record)
                continue
            }
            let key = Key(kind: record.kind, key: record.key)
            if table == nil, kept.count == latestPerKeyWalkLimit {
                table = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.at) })
            }
            let earlier: Int?
            if let table { earlier = table[key] } else { earlier = kept.first { $0.key == key }?.at }
            if let earlier {
                out[earlier] = record
                continue
            }
            if table != nil { table?[key] = out.count } else { kept.append((key, out.count)) }
            out.append(record)
        }
        return out
    }

    /// How many distinct records `latestPerKey` matches by walking before it builds a table.
    static let latestPerKeyWalkLimit = 16

    // MARK: - State helpers

    func put(_ record: SessionRecord) {
        undoLog.append(state.put(record))
        pending.append(.session(record))
    }

    func put(_ record: PaymentRecord) {
        undoLog.append(state.put(record))
        pending.append(.payment(record))
    }

    func put(_ record: IdempotencyRecord) {
        undoLog.append(state.put(record))
        pending.append(.idempotency(record))
    }

    func put(_ record: VaultTokenRecord) {
        undoLog.append(state.put(record))
        pending.append(.vaultToken(record))
    }

    func put(_ entry: OutboxEntry) {
        undoLog.append(state.put(entry))
        pending.append(.outbox(entry))
    }

    var nextActivityIndex: Int { (state.activity.last?.index ?? 0) + 1 }

    func appendActivity(_ entry: APOActivity, persist: Bool = true) {
        undoLog.append(state.append(entry))
        if persist { pending.append(.activity(entry)) }
    }

    /// Adds one line to the timeline.
    func log(
        _ kind: APOActivityKind, _ name: String, at time: Date, paymentRequestId: String? = nil,
        paymentId: String? = nil, result: APOResult? = nil, attempt: Int? = nil, acked: Bool? = nil,
        httpStatus: Int? = nil, persist: Bool = true, _ message: String
    ) {
        appendActivity(
            APOActivity(
                index: nextActivityIndex, time: time, kind: kind, name: name, paymentRequestId: paymentRequestId,
                paymentId: paymentId, resultStatus: result?.resultStatus, resultCode: result?.resultCode,
                attempt: attempt, acked: acked, httpStatus: httpStatus, message: message),
            persist: persist)
    }

    /// A timestamp as the answers write it.
    func iso(_ date: Date) -> String { ISOTimestamp.format(date, secondsFromGMT: config.timeZoneSecondsFromGMT) }

    func url(_ path: String, _ query: [(String, String)]) -> String {
        var url = config.baseURL + path
        for (index, (name, value)) in query.enumerated() {
            url += index == 0 ? "?" : "&"
            url += name
            url += "="
            url += URLQuery.encode(value)
        }
        return url
    }
}

/// Why a bundled mock could not be built.
public enum MockAPOSetupError: Error, Equatable, Sendable, CustomStringConvertible {
    case catalog(CatalogError)
    case store(StoreError)

    public var description: String {
        switch self {
        case .catalog(let error): error.description
        case .store(let error): error.description
        }
    }
}
