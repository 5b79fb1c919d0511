import Foundation

/// Antom's rules for an Amount: a known currency and a positive integer string of at most 16 digits.
public struct AmountRules: Sendable {
    public let currencies: CurrencyTable

    public init(currencies: CurrencyTable) {
        self.currencies = currencies
    }

    /// Why `amount` is not valid, naming `field` (such as `paymentAmount`), or nil when it is.
    public func problem(with amount: Amount, field: String) -> String? {
        guard let currency = currencies.currency(amount.currency) else {
            return "\(field).currency \(amount.currency.isEmpty ? "is required" : "'\(amount.currency)' is not a supported ISO 4217 currency")"
        }
        let value = amount.value
        guard !value.isEmpty else { return "\(field).value is required" }
        guard value.count <= 16 else { return "\(field).value is longer than 16 digits" }
        guard Self.isDigits(value), let minor = Int64(value) else {
            return "\(field).value must be a positive integer in the currency's smallest unit, not '\(value)'"
        }
        guard minor > 0 else { return "\(field).value must be greater than 0" }
        if let step = currency.multipleOf, minor % Int64(step) != 0 {
            return "\(field).value must be a multiple of \(step) for \(currency.code) (its last digits are fixed as 00)"
        }
        return nil
    }

    /// The value in minor units, when it is a valid integer string.
    public static func minorUnits(_ amount: Amount) -> Int64? {
        let value = amount.value
        guard !value.isEmpty, value.utf8.count <= 16, isDigits(value) else { return nil }
        return Int64(value)
    }

    /// Only 0–9, read as bytes: every amount on screen comes through here.
    private static func isDigits(_ value: String) -> Bool {
        value.utf8.allSatisfy(\.isASCIIDigit)
    }
}
