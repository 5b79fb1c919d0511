import CheckoutDomain
import Foundation

/// The state every gateway input meets: a mock that already holds a captured card payment, an authorised one
/// (manual capture), a wallet payment waiting for the buyer and a payment session, so capture, refund, cancel
/// and inquiry bodies reach past "payment not found".
///
/// Each input gets a fresh mock built from this snapshot, so inputs cannot affect one another and a finding
/// replays from its input alone.
public struct GatewayFixture: Sendable {
    /// The ids the template payments were given, which the corpus bodies refer to.
    public struct References: Sendable {
        public var capturedPaymentId: String
        public var capturedRequestId: String
        public var authorisedPaymentId: String
        public var authorisedRequestId: String
        public var walletPaymentId: String
        public var walletRequestId: String
        public var sessionRequestId: String
    }

    /// 2026-01-01T00:00:00Z, when the template payments were made.
    static let templateTime = Date(timeIntervalSince1970: 1_767_225_600)
    /// A minute later: when every input is handled, so expiry times in the corpus are relative to it.
    public static let inputTime = templateTime.addingTimeInterval(60)

    public let references: References
    /// The scenario bodies the corpus starts from: every bundled createPaymentSession.
    public let sessionRequests: [CreatePaymentSessionRequest]
    public let testCards: SandboxTestCards
    let catalog: PaymentMethodCatalog
    public let currencies: CurrencyTable
    let snapshot: APOSnapshot

    /// Loads the bundled data and makes the template payments; fails only if the bundled data is broken.
    public static func make() async throws(FixtureError) -> GatewayFixture {
        let catalog: PaymentMethodCatalog
        let currencies: CurrencyTable
        let cards: SandboxTestCards
        let scenarios: [Scenario]
        do {
            catalog = try .bundled()
            currencies = try .bundled()
            cards = try .bundled()
        } catch {
            throw .bundledData(error.description)
        }
        do {
            let library = ScenarioLibrary(testCards: cards)
            scenarios = try library.bundledNames().map { name throws(ScenarioError) in try library.load(name) }
        } catch {
            throw .bundledData(error.description)
        }
        let store = InMemoryAPOStore()
        let clock = ManualClock(templateTime)
        let apo: MockAPO
        do {
            apo = try MockAPO(
                clock: clock, ids: SequentialIDGenerator(), store: store, catalog: catalog, currencies: currencies,
                testCards: cards, sink: MerchantWebhookReceiver())
        } catch {
            throw .template("the template mock could not start: \(error.description)")
        }
        let captured = try await pay(apo, GatewayBodies.cardPay(requestId: "FUZZ_PAY_CAPTURED", cards: cards))
        let authorised = try await pay(
            apo, GatewayBodies.cardPay(requestId: "FUZZ_PAY_AUTHORISED", cards: cards, captureMode: "MANUAL"))
        let wallet = try await pay(apo, GatewayBodies.walletPay(requestId: "FUZZ_PAY_WALLET"))
        let session = GatewayBodies.session(from: scenarios.first?.createPaymentSession, requestId: "FUZZ_SESSION")
        let created: CreatePaymentSessionResponse
        do {
            created = try await apo.createPaymentSession(session)
        } catch {
            throw .template("the template session got no answer: \(error)")
        }
        guard created.result.resultStatus == .success else {
            throw .template("the template session was refused: \(created.result)")
        }
        let snapshot: APOSnapshot
        do {
            snapshot = try store.loadAll()
        } catch {
            throw .template("the template store could not be read: \(error.description)")
        }
        return GatewayFixture(
            references: References(
                capturedPaymentId: captured, capturedRequestId: "FUZZ_PAY_CAPTURED",
                authorisedPaymentId: authorised, authorisedRequestId: "FUZZ_PAY_AUTHORISED",
                walletPaymentId: wallet, walletRequestId: "FUZZ_PAY_WALLET", sessionRequestId: "FUZZ_SESSION"),
            sessionRequests: scenarios.map(\.createPaymentSession), testCards: cards, catalog: catalog,
            currencies: currencies, snapshot: snapshot)
    }

    /// A mock holding exactly the template's state, on a clock stopped at `inputTime`.
    public func freshMock() -> MockAPO {
        do {
            return try MockAPO(
                clock: ManualClock(Self.inputTime), ids: SequentialIDGenerator(prefix: "20260109"),
                store: InMemoryAPOStore(initial: snapshot), catalog: catalog, currencies: currencies,
                testCards: testCards, sink: MerchantWebhookReceiver())
        } catch {
            preconditionFailure("an in-memory store refused to load its own snapshot: \(error)")
        }
    }

    private static func pay(_ apo: MockAPO, _ request: PayRequest) async throws(FixtureError) -> String {
        let response: PayResponse
        do {
            response = try await apo.pay(request)
        } catch {
            throw .template("pay \(request.paymentRequestId ?? "") got no answer: \(error)")
        }
        guard let paymentId = response.paymentId, response.result.resultStatus != .failure else {
            throw .template("pay \(request.paymentRequestId ?? "") was refused: \(response.result)")
        }
        return paymentId
    }
}

/// Why the fuzzing fixture could not be built: the bundled data or the mock itself is broken.
public enum FixtureError: Error, Equatable, Sendable, CustomStringConvertible {
    case bundledData(String)
    case template(String)

    public var description: String {
        switch self {
        case .bundledData(let reason): "the bundled data could not be read: \(reason)"
        case .template(let reason): "the template payments could not be made: \(reason)"
        }
    }
}
