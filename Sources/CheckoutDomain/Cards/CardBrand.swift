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
        let lead = LeadingDigits(digits)
        if lead.first(1) == 4 { return .visa }
        if let two = lead.first(2), (51...55).contains(two) { return .mastercard }
        if let four = lead.first(4), (2221...2720).contains(four) { return .mastercard }
        if let two = lead.first(2), two == 34 || two == 37 { return .amex }
        if let four = lead.first(4), (3528...3589).contains(four) { return .jcb }
        if let two = lead.first(2), two == 36 || two == 38 || two == 39 { return .diners }
        if let three = lead.first(3), (300...305).contains(three) { return .diners }
        if lead.first(4) == 6011 || lead.first(2) == 65 { return .discover }
        if let six = lead.first(6), (622126...622925).contains(six) { return .unionPay }
        if lead.first(2) == 62 { return .unionPay }
        if lead.first(4) == 9490 { return .hyundai }
        return nil
    }
}

/// The value of a number's first six digits, read from its bytes once: every brand is told by those, and the page
/// asks on every key typed into the card form.
private struct LeadingDigits {
    private var value = 0
    private var count = 0

    init(_ digits: String) {
        for byte in digits.utf8 {
            guard count < 6, byte.isASCIIDigit else { break }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            count += 1
        }
    }

    /// The first `length` digits as a number; nil when the text does not start with that many.
    func first(_ length: Int) -> Int? {
        guard count >= length else { return nil }
        var shifted = value
        for _ in length..<count { shifted /= 10 }
        return shifted
    }
}
