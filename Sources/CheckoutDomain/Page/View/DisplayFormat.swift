import Foundation

/// Small, locale-neutral renderings the views share: countdowns, deadlines, card labels.
enum DisplayFormat {
    /// `04:59`; hours are folded into minutes (`75:00`).
    static func countdown(_ seconds: Int) -> String {
        let clamped = max(0, seconds)
        let minutes = clamped / 60
        let rest = clamped % 60
        return (minutes < 10 ? "0" : "") + "\(minutes):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    /// The brand's display name (`Visa`) from Antom's code (`VISA`), else the code as sent.
    static func brandName(_ code: String?) -> String? {
        guard let code, !code.isEmpty else { return nil }
        return CardBrand(rawValue: code.uppercased())?.displayName ?? code
    }

    /// A saved card's expiry as `MM/YY`.
    static func expiry(month: String, year: String) -> String {
        let monthDigits = month.filter(\.isASCIIDigit)
        let yearDigits = year.filter(\.isASCIIDigit)
        return (monthDigits.count == 1 ? "0" : "") + monthDigits + "/" + String(yearDigits.suffix(2))
    }

    /// `MM/YY` as the buyer types it (`1`, `12/`, `12/2`, `12/28`).
    static func typedExpiry(_ digits: String) -> String {
        digits.count <= 2 ? digits : String(digits.prefix(2)) + "/" + String(digits.dropFirst(2))
    }
}
