import Foundation

/// An amount typed by a person in the currency's usual units (`20.00` for USD, `1200` for JPY), read into an Antom
/// Amount in minor units, within a limit.
public enum AmountEntry {
    /// `text` as an amount of `currency` between one minor unit and `limit` (minor units), or why it is not one.
    public static func read(_ text: String, currency: Currency, limit: Int64) -> Result<Amount, AmountEntryError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .failure(.empty) }
        if trimmed.hasPrefix("-") { return .failure(.negative) }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            trimmed.contains(where: \.isASCIIDigit)
        else { return .failure(.notANumber(trimmed)) }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        if parts.count == 2, currency.minorUnits == 0 { return .failure(.noMinorUnit(currency: currency.code)) }
        guard fraction.count <= currency.minorUnits else {
            return .failure(.tooManyDecimals(currency: currency.code, digits: currency.minorUnits))
        }
        let digits = String(parts[0]) + fraction + String(repeating: "0", count: currency.minorUnits - fraction.count)
        // Sixteen digits is Antom's limit for Amount.value; anything longer is above any limit here.
        guard digits.count <= 16, let minor = Int64(digits) else { return .failure(.aboveLimit(limit)) }
        guard minor > 0 else { return .failure(.zero) }
        guard minor <= limit else { return .failure(.aboveLimit(limit)) }
        if let step = currency.multipleOf, minor % Int64(step) != 0 {
            return .failure(.notAMultiple(currency: currency.code, step: step))
        }
        return .success(Amount(currency: currency.code, value: String(minor)))
    }

    /// `minor` minor units written as a person types them: `20.00`, `1200`.
    public static func text(_ minor: Int64, currency: Currency) -> String {
        guard currency.minorUnits > 0 else { return String(minor) }
        var divisor: Int64 = 1
        for _ in 0..<currency.minorUnits { divisor *= 10 }
        let fraction = String(minor % divisor)
        return "\(minor / divisor)." + String(repeating: "0", count: currency.minorUnits - fraction.count) + fraction
    }
}

/// Why a typed amount was refused; `aboveLimit` carries the limit in minor units for the message to name.
public enum AmountEntryError: Error, Equatable, Sendable {
    case empty
    case notANumber(String)
    case negative
    case zero
    case noMinorUnit(currency: String)
    case tooManyDecimals(currency: String, digits: Int)
    case notAMultiple(currency: String, step: Int)
    case aboveLimit(Int64)
}
