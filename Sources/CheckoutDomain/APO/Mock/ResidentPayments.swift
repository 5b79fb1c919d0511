import DequeModule

/// Payments by id, the recent and unsettled ones in memory and the others only in the store.
///
/// A server that took 100,000 payments answers for each of them, but touches few after they settle. Holding every
/// record took ~2.5 KiB a payment (the record, its transactions, its strings); a payment kept only in the store
/// costs its id. `MockAPO` reads such a payment back (`restore`) before an operation that names it, so the
/// operations themselves only ever see records in memory.
struct ResidentPayments {
    private var records = BoxedRecords<PaymentRecord>()
    /// The payments that left memory; the store holds them.
    private var storedOnly: Set<String> = []
    /// The ids in memory, in the order they came in: the candidates to let go of, oldest first. May hold an id a
    /// rollback removed; `evict` skips it.
    private var arrival: Deque<String> = []

    subscript(id: String) -> PaymentRecord? {
        get { records[id] }
        set {
            if newValue != nil, records[id] == nil { arrival.append(id) }
            records[id] = newValue
            storedOnly.remove(id)
        }
    }

    /// Puts `record` in memory and returns the record it replaced there.
    mutating func updateValue(_ record: PaymentRecord) -> PaymentRecord? {
        let previous = records.updateValue(record, forKey: record.paymentId)
        if previous == nil {
            arrival.append(record.paymentId)
            storedOnly.remove(record.paymentId)
        }
        return previous
    }

    /// Marks `id` as a payment only the store holds, without it ever coming into memory (a resuming mock).
    mutating func noteStoredOnly(_ id: String) {
        storedOnly.insert(id)
    }

    /// Whether `id` names a payment that only the store holds now.
    func isStoredOnly(_ id: String) -> Bool { storedOnly.contains(id) }

    var residentCount: Int { records.count }
    var storedOnlyCount: Int { storedOnly.count }

    /// The payments in memory; `storedOnlyCount` more are in the store.
    var resident: some Collection<PaymentRecord> { records.values }

    /// Lets go of the oldest payments beyond `capacity` that `settled` says nothing waits on, looking at `budget`
    /// of them at most: an operation adds a payment or two, so a small budget keeps up without a call ever walking
    /// every payment. One not settled yet goes to the back of the line.
    mutating func evict(beyond capacity: Int, budget: Int, settled: (PaymentRecord) -> Bool) {
        var looked = 0
        while arrival.count > capacity, looked < budget, let id = arrival.popFirst() {
            looked += 1
            // An id rolled back since it arrived is no longer here.
            guard let record = records[id] else { continue }
            if settled(record) {
                records[id] = nil
                storedOnly.insert(id)
            } else {
                arrival.append(id)
            }
        }
    }
}
