import Foundation

/// A Brazilian individual taxpayer number (Cadastro de Pessoas Físicas), eleven digits with two check digits.
public struct CPF: Hashable, Sendable {
    public let digits: String

    /// Keeps the digits of `text`, dropping the dots and dash of `000.000.000-00`.
    public init(_ text: String) {
        digits = String(text.filter(\.isASCIIDigit))
    }

    /// `000.000.000-00`, or the digits as typed while incomplete.
    public var formatted: String {
        guard digits.count == 11 else { return digits }
        let d = Array(digits)
        return "\(String(d[0..<3])).\(String(d[3..<6])).\(String(d[6..<9]))-\(String(d[9..<11]))"
    }

    /// Eleven digits, not all the same, with both check digits right.
    public var isValid: Bool {
        let numbers = digits.compactMap(\.wholeNumberValue)
        guard numbers.count == 11, Set(numbers).count > 1 else { return false }
        return Self.checkDigit(Array(numbers[0..<9])) == numbers[9]
            && Self.checkDigit(Array(numbers[0..<10])) == numbers[10]
    }

    private static func checkDigit(_ numbers: [Int]) -> Int {
        let weightStart = numbers.count + 1
        let sum = numbers.enumerated().reduce(0) { $0 + $1.element * (weightStart - $1.offset) }
        let remainder = (sum * 10) % 11
        return remainder == 10 ? 0 : remainder
    }
}
