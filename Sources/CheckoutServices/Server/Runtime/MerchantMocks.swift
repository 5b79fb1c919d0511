import CheckoutDomain
import Synchronization

/// The mocks a server hosts, one per merchant (client id), set once the server has bound its port.
///
/// The mock writes its own host and port into every page URL it hands out (`MockAPOConfig.baseURL`); with port 0
/// the port is known only after binding, so the server creates the mocks then, before it accepts a request.
/// Each merchant has its own mock, records and store, so one never sees another's payments; the buyer's side
/// (which carries no client id) finds the mock that issued the session or payment it names.
final class MerchantMocks: Sendable {
    private let value: Mutex<[(clientId: String, apo: MockAPO)]>

    init(_ entries: [(clientId: String, apo: MockAPO)] = []) {
        value = Mutex(entries)
    }

    /// In the order the merchants were configured.
    var all: [(clientId: String, apo: MockAPO)] { value.withLock { $0 } }

    var clientIds: [String] { all.map(\.clientId) }

    /// The first merchant's mock: the only one without `--merchants`.
    var primary: MockAPO? { all.first?.apo }

    func apo(clientId: String) -> MockAPO? {
        all.first { $0.clientId == clientId }?.apo
    }

    func set(_ entries: [(clientId: String, apo: MockAPO)]) {
        value.withLock { $0 = entries }
    }

    /// The mock holding session `id`; the primary one (which answers that it does not know it) otherwise.
    func apo(paymentSessionId id: String) async -> MockAPO? {
        await first { await $0.session(paymentSessionId: id) != nil }
    }

    /// The mock that issued `sessionData`.
    func apo(sessionData: String) async -> MockAPO? {
        guard case .success(let id) = SessionData.claimedSessionId(in: sessionData) else { return primary }
        return await apo(paymentSessionId: id)
    }

    /// The mock holding payment `id`.
    func apo(paymentId id: String) async -> MockAPO? {
        await first { await $0.payment(paymentId: id) != nil }
    }

    private func first(where holds: (MockAPO) async -> Bool) async -> MockAPO? {
        let entries = all
        guard entries.count > 1 else { return entries.first?.apo }
        for entry in entries where await holds(entry.apo) { return entry.apo }
        return entries.first?.apo
    }
}
