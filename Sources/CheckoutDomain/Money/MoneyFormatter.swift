import Foundation

/// Shows an Amount as a buyer reads it in a locale: `S$60.00`, `R$ 1.234,56`, `¥1,200`, `12,34 zł`.
public struct MoneyFormatter: Sendable {
    public let currencies: CurrencyTable

    public init(currencies: CurrencyTable) {
        self.currencies = currencies
    }

    /// Formats `amount` for `locale` (an Antom locale tag such as `en_US` or `pt_BR`).
    /// An amount that breaks the rules is shown raw rather than hidden, so a wrong session stays visible.
    public func format(_ amount: Amount, locale: String = "en_US") -> String {
        guard let currency = currencies.currency(amount.currency), let minor = AmountRules.minorUnits(amount) else {
            return "\(amount.value) \(amount.currency)"
        }
        let style = LocaleNumberStyle.forLocale(locale)
        let divisor = Self.power(10, currency.minorUnits)
        let whole = minor / divisor
        let fraction = minor % divisor
        var number = Self.group(whole, separator: style.grouping)
        if currency.minorUnits > 0 {
            let digits = String(fraction)
            number += style.decimal + String(repeating: "0", count: currency.minorUnits - digits.count) + digits
        }
        let symbol = style.symbols[currency.code] ?? currency.symbol
        switch style.symbolPlacement {
        case .before: return symbol + number
        case .beforeWithSpace: return symbol + "\u{00A0}" + number
        case .after: return number + "\u{00A0}" + symbol
        }
    }

    private static func power(_ base: Int64, _ exponent: Int) -> Int64 {
        (0..<exponent).reduce(1) { result, _ in result * base }
    }

    private static func group(_ value: Int64, separator: String) -> String {
        let digits = String(value).utf8
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += separator }
            out.unicodeScalars.append(Unicode.Scalar(digit))
        }
        return out
    }
}

/// How a locale writes numbers and where the currency symbol goes.
struct LocaleNumberStyle: Sendable {
    enum SymbolPlacement: Sendable { case before, beforeWithSpace, after }

    var grouping: String
    var decimal: String
    var symbolPlacement: SymbolPlacement
    /// Symbols this locale writes differently from the currency table, by currency code.
    var symbols: [String: String] = [:]

    /// The style for `locale`; `pt-BR` reads as `pt_BR`. Called for every amount shown, so it neither bridges to
    /// Foundation to normalise the tag nor builds a style per call.
    static func forLocale(_ locale: String) -> LocaleNumberStyle {
        switch LocaleTag.underscored(locale) {
        case "pt_BR": brazil
        case "pl_PL": poland
        case "zh_CN": china
        default: standard
        }
    }

    private static let brazil = LocaleNumberStyle(grouping: ".", decimal: ",", symbolPlacement: .beforeWithSpace)
    private static let poland = LocaleNumberStyle(grouping: "\u{00A0}", decimal: ",", symbolPlacement: .after)
    // In China "¥" is the yuan, so the yen and the US dollar are written JP¥ and US$ (CLDR zh).
    private static let china = LocaleNumberStyle(
        grouping: ",", decimal: ".", symbolPlacement: .before, symbols: ["JPY": "JP¥", "USD": "US$"])
    /// es_MX, en_US, ja_JP, ko_KR and every other locale.
    private static let standard = LocaleNumberStyle(grouping: ",", decimal: ".", symbolPlacement: .before)
}
