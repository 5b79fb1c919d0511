import Foundation

/// What the sandbox does with a test card.
public enum TestCardOutcome: String, Codable, Hashable, Sendable {
    case success = "SUCCESS"
    case fail = "FAIL"
    /// 3DS exemption: authenticated without a challenge.
    case threeDSFrictionless = "THREE_DS_FRICTIONLESS"
}

/// One of Antom's sandbox test cards. The number stays inside this table; profiles are looked up by it.
public struct TestCardProfile: Codable, Hashable, Sendable {
    public var outcome: TestCardOutcome
    public var failureCode: ResultCode?
    public var brand: String
    public var issuingCountry: String
    public var funding: String
    public var label: String
    public var lastFour: String

    /// Key kept in the vault instead of the number, so a saved card can pay again without storing its digits.
    public var profileKey: String { "\(brand)-\(issuingCountry)-\(lastFour)" }
}

/// Antom's sandbox test data from `assets/data/test-cards.json`.
public struct SandboxTestCards: Sendable {
    /// The sandbox's special inputs that force a failure.
    public struct Rules: Codable, Hashable, Sendable {
        public var invalidExpiryMonth: String
        public var invalidCvvLength: Int
        public var riskRejectAmountValue: String
    }

    public let rules: Rules
    private let byNumber: [String: TestCardProfile]
    private let byKey: [String: TestCardProfile]
    /// Numbers in file order, for pickers and documentation.
    public let numbers: [CardNumber]

    public static func bundled() throws(CatalogError) -> SandboxTestCards { try loaded.get() }

    /// Decoded once per process: the bundled file cannot change while it runs.
    private static let loaded = Result { () throws(CatalogError) -> SandboxTestCards in
        struct Entry: Decodable {
            var cardNo: String, outcome: TestCardOutcome, failureCode: ResultCode?
            var brand: String, issuingCountry: String, funding: String, label: String
        }
        struct File: Decodable { var cards: [Entry]; var rules: Rules }
        let file: File = try BundledJSON.load("data/test-cards.json")
        var byNumber: [String: TestCardProfile] = [:]
        for entry in file.cards {
            byNumber[entry.cardNo] = TestCardProfile(
                outcome: entry.outcome, failureCode: entry.failureCode, brand: entry.brand,
                issuingCountry: entry.issuingCountry, funding: entry.funding, label: entry.label,
                lastFour: String(entry.cardNo.suffix(4)))
        }
        return SandboxTestCards(
            rules: file.rules, byNumber: byNumber, numbers: file.cards.map { CardNumber($0.cardNo) })
    }

    init(rules: Rules, byNumber: [String: TestCardProfile], numbers: [CardNumber]) {
        self.rules = rules
        self.byNumber = byNumber
        self.numbers = numbers
        // Tokens vaulted while the table said GLOBAL instead of an ISO country still name their card.
        let legacy = byNumber.values.map { ("\($0.brand)-GLOBAL-\($0.lastFour)", $0) }
        self.byKey = Dictionary(
            byNumber.values.map { ($0.profileKey, $0) } + legacy, uniquingKeysWith: { first, _ in first })
    }

    public func profile(for number: CardNumber) -> TestCardProfile? { byNumber[number.digits] }

    public func profile(forKey key: String) -> TestCardProfile? { byKey[key] }
}
