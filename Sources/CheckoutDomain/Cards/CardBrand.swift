import Foundation

/// A card network, recognised from the number's leading digits as the buyer types.
public enum CardBrand: String, Codable, Hashable, Sendable, CaseIterable {
    case visa = "VISA"
    case mastercard = "MASTERCARD"
    case amex = "AMEX"
    case jcb = "JCB"
    case unionPay = "UNIONPAY"
    case discover = "DISCOVER"
    case diners = "DINERS"
    /// Korean local cards (the sandbox's Hyundai test card starts 9490).
    case hyundai = "HYUNDAI"

    /// Name shown on the page.
    public var displayName: String {
        switch self {
        case .visa: "Visa"
        case .mastercard: "Mastercard"
        case .amex: "American Express"
        case .jcb: "JCB"
        case .unionPay: "UnionPay"
        case .discover: "Discover"
        case .diners: "Diners Club"
        case .hyundai: "Hyundai Card"
        }
    }

    /// Digits the CVV (CID for Amex) has.
    public var cvvLength: Int { self == .amex ? 4 : 3 }

    /// How many digits a complete number has.
    public var numberLengths: ClosedRange<Int> {
        switch self {
        case .amex: 15...15
        case .diners: 14...16
        case .unionPay: 16...19
        case .visa: 13...19
        default: 16...16
        }
    }

    /// Group sizes for showing the number (`4054 6957 2310 0768`, `3782 822463 10005`).
    public var grouping: [Int] {
        switch self {
        case .amex: [4, 6, 5]
        case .diners: [4, 6, 4]
        default: [4, 4, 4, 4, 3]
        }
    }

    /// The brand of a (possibly partial) number, or nil while the prefix is still ambiguous.
    public static func detect(_ digits: String) -> CardBrand? {
        let prefix2 = Int(digits.prefix(2)) ?? -1
        let prefix4 = Int(digits.prefix(4)) ?? -1
        let prefix6 = Int(digits.prefix(6)) ?? -1
        if digits.hasPrefix("4") { return .visa }
        if digits.count >= 2, (51...55).contains(prefix2) { return .mastercard }
        if digits.count >= 4, (2221...2720).contains(prefix4) { return .mastercard }
        if digits.count >= 2, prefix2 == 34 || prefix2 == 37 { return .amex }
        if digits.count >= 4, (3528...3589).contains(prefix4) { return .jcb }
        if digits.count >= 2, prefix2 == 36 || prefix2 == 38 || prefix2 == 39 { return .diners }
        if digits.count >= 3, (300...305).contains(Int(digits.prefix(3)) ?? -1) { return .diners }
        if digits.hasPrefix("6011") || digits.hasPrefix("65") { return .discover }
        if digits.count >= 6, (622126...622925).contains(prefix6) { return .unionPay }
        if digits.hasPrefix("62") { return .unionPay }
        if digits.hasPrefix("9490") { return .hyundai }
        return nil
    }
}
